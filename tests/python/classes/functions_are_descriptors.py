# plain functions are non-data descriptors: __get__ produces bound methods
def f(self, x=0):
    return ('f', type(self).__name__, x)
class A: pass
a = A()
bound = f.__get__(a, A)
print(bound(1), bound.__self__ is a, bound.__func__ is f)
print(f.__get__(None, A) is f)
A.g = f
print(a.g(2), A.g(a, 3))
a.h = f
print(a.h is f, a.h(a, 4))
print(hasattr(f, '__get__'), hasattr(f, '__set__'))
class B:
    def m(self): return 'B.m'
print(B.__dict__['m'].__get__(B())())
print(type(B.__dict__['m']).__name__, type(B().m).__name__)
