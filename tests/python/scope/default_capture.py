# default values are evaluated once, at def time
x = 1
def f(a=x):
    return a
x = 2
print(f(), x)
def g(lst=[]):
    lst.append(len(lst))
    return lst
print(g(), g(), g([9]), g())
def h(d=None):
    if d is None:
        d = []
    d.append('x')
    return d
print(h(), h())
calls = []
def default_maker():
    calls.append('called')
    return 0
def k(v=default_maker()):
    return v
k(); k(); k()
print(calls)
def outer():
    y = 'enclosing'
    def inner(z=y):
        return z
    y = 'changed'
    return inner()
print(outer())
