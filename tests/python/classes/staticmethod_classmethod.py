# staticmethod and classmethod: call through class and instance, inheritance, wrapping
class A:
    @staticmethod
    def s(x):
        return ('static', x)
    @classmethod
    def c(cls, x):
        return ('class', cls.__name__, x)
class B(A):
    pass
print(A.s(1), A().s(2), B.s(3))
print(A.c(1), A().c(2), B.c(3), B().c(4))
print(type(A.__dict__['s']).__name__, type(A.__dict__['c']).__name__)
print(A.__dict__['s'].__func__(9))
print(type(A.c).__name__, A.c.__self__ is A, B.c.__self__ is B)
def plain(x):
    return x * 2
sm = staticmethod(plain)
print(sm.__func__ is plain)
class C:
    double = staticmethod(plain)
    make = classmethod(lambda cls: cls.__name__ + '!')
print(C.double(21), C().double(5), C.make(), C().make())
print(callable(sm))
print(sm(4))
