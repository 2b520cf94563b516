# defaults are evaluated in the defining scope, left to right, and cannot see other parameters
base = 10
def f(a, b=base * 2, c=[base]):
    return a, b, c
base = 99
print(f(1))
try:
    exec('def g(a, b=a): pass')
except NameError as e:
    print('NameError:', e)
def outer(n):
    def inner(x=n + 1, y=n * 2):
        return x, y
    return inner
print(outer(5)(), outer(5)(0))
class C:
    size = 3
    def m(self, s=size):
        return s
print(C().m())
def counter():
    counter.calls = getattr(counter, 'calls', 0) + 1
    return counter.calls
def h(a=counter(), b=counter()):
    return a, b
print(h(), h(), counter.calls)
