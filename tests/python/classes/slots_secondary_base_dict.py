# A class with __slots__ still gets __dict__ and __weakref__ when a secondary base provides them (slotted
# mixins combined with ordinary classes).
class A:
    __slots__ = ()
class B:
    pass
class C(A, B):
    __slots__ = ()
c = C(); c.x = 2; print(c.x, hasattr(C, '__dict__'), hasattr(C, '__weakref__'), c.__dict__)
class D(B, A):
    __slots__ = ('y',)
d = D(); d.y = 1; d.z = 3; print(d.y, d.z, sorted(vars(d)))
class E(A):
    __slots__ = ('p',)
class F(E, B):
    __slots__ = ()
f = F(); f.p = 1; f.q = 2; print(f.p, f.q)
class G(A):
    pass
g = G(); g.w = 5; print(g.w)
class H(A):
    __slots__ = ()
try:
    H().v = 1
except AttributeError as e:
    print(e)
