# dir() on classes and instances, and a custom __dir__
class A:
    a = 1
    def f(self): pass
class B(A):
    b = 2
    def __init__(self):
        self.inst = 3
def public(names):
    return [n for n in names if not n.startswith('__')]
print(public(dir(A)), public(dir(B)), public(dir(B())))
print('__init__' in dir(B), '__class__' in dir(B()), dir(B()) == sorted(dir(B())))
class Custom:
    def __dir__(self):
        return ['zeta', 'alpha', 'alpha']
print(dir(Custom()))
class BadDir:
    def __dir__(self): return 5
try:
    dir(BadDir())
except TypeError as e:
    print('TypeError:', e)
