# object.__setattr__/__delattr__ refuse classes (type has its own); type.__setattr__ works on classes only.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class M(type): pass
class A(metaclass=M): pass
t(lambda: object.__setattr__(A, 'x', 1))
t(lambda: object.__delattr__(int, 'x'))
t(lambda: object.__setattr__(int, 'x', 1))
t(lambda: (type.__setattr__(A, 'x', 2), A.x)[1])
t(lambda: (type.__delattr__(A, 'x'), hasattr(A, 'x'))[1])
t(lambda: type.__setattr__(1, 'x', 2))
t(lambda: type.__setattr__(int, 'x', 2))
t(lambda: object.__setattr__(1, 'x', 2))
class B:
    def __setattr__(self, n, v):
        print("B set", n)
        object.__setattr__(self, n, v)
b = B(); b.q = 1; print(b.q)
class MM(type):
    def __setattr__(cls, n, v):
        print("MM set", n)
        super().__setattr__(n, v)
class C(metaclass=MM): pass
C.z = 3
print(C.z)
t(lambda: type.__dict__["__setattr__"])
t(lambda: "__setattr__" in type.__dict__)
A.y = 5
print(A.y)
del A.y
t(lambda: A.y)
