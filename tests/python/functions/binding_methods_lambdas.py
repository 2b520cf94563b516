# binding errors on methods, classmethods, staticmethods, constructors and lambdas
class A:
    def m(self, x): pass
    @classmethod
    def c(cls, x): pass
    @staticmethod
    def s(x): pass
    def __init__(self, v): pass
a = A(1)
cases = [lambda: a.m(), lambda: a.m(1, 2), lambda: A.m(a), lambda: A.m(), lambda: a.c(), lambda: A.s(),
         lambda: A.s(1, 2), lambda: A(), lambda: A(1, 2), lambda: a.m(y=1),
         lambda: (lambda x: x)(), lambda: (lambda: 0)(1), lambda: (lambda *, k: k)(1), lambda: (lambda x=1: x)(y=2)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
class B:
    def no_self():
        return 'called'
try:
    B().no_self()
except TypeError as e:
    print(e)
print(B.no_self())
