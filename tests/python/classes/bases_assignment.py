# Assigning __bases__: the class and its subclasses get new MROs (instances follow), with CPython's checks.
def t(f):
    try:
        r = f()
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class C(A): pass
c = C()
print(c.who(), C.__mro__)
def setb(cls, v):
    cls.__bases__ = v
    return cls.__mro__
t(lambda: setb(C, (B,)))
print(c.who(), isinstance(c, B), isinstance(c, A), issubclass(C, B), B.__subclasses__(), A.__subclasses__())
class D(C): pass
t(lambda: setb(C, (A, B)))
print(D.__mro__, D().who())
t(lambda: setb(C, (object,)))
t(lambda: setb(C, ()))
t(lambda: setb(C, [A]))
t(lambda: setb(C, (1,)))
t(lambda: setb(C, (D,)))
t(lambda: setb(C, (C,)))
t(lambda: setb(C, (int,)))
t(lambda: setb(int, (object,)))
t(lambda: delattr(C, "__bases__"))
class S:
    __slots__ = ("x",)
class T(S): pass
t(lambda: setb(T, (A,)))
class E(A, B): pass
t(lambda: setb(E, (B, A)))
print(E().who(), E.__mro__)
class F(B): pass
class G(A, F): pass
t(lambda: setb(F, (A,)))
print(G.__mro__)
class L(list): pass
class M(list):
    def extra(self): return "M.extra"
class N(L): pass
n = N([1, 2])
t(lambda: setb(N, (M,)))
print(n.extra(), n, len(n))
t(lambda: setb(N, (list,)))
class X: pass
class Y: pass
t(lambda: setb(X, (Y,)))
class P:
    def hello(self): return "P"
class Q:
    def hello(self): return "Q"
class R(P): pass
r = R()
for i in range(3):
    print(r.hello())
    R.__bases__ = (Q,) if R.__bases__ == (P,) else (P,)
