# bound methods, functions accessed through the class, method identity and equality
class A:
    def m(self, x):
        return (type(self).__name__, x)
a = A()
bm = a.m
print(bm(1), A.m(a, 2))
print(bm.__self__ is a, bm.__func__ is A.m)
print(type(bm).__name__, type(A.m).__name__)
print(a.m == a.m, a.m is a.m)
b = A()
print(a.m == b.m)
f = A.m
print(f(b, 3))
print(bm.__name__, bm.__qualname__)
methods = [a.m, b.m]
print([m(0)[1] for m in methods])
def outside(self):
    return 'outside ' + type(self).__name__
A.extra = outside
print(a.extra())
a.inst = outside
try:
    a.inst()
except TypeError as e:
    print('TypeError:', e)
print(a.inst(a))
