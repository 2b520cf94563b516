# Slots are laid out (and listed in the class namespace) in sorted order, before __dict__ and __weakref__, so
# classes declaring the same slots in another order accept each other's instances through __class__.
class G(object):
    __slots__ = ["a", "b"]
class H(object):
    __slots__ = ["b", "a"]
class J(object):
    __slots__ = ["c", "b"]
class Q(J):
    pass
class R(J):
    __slots__ = ["__dict__", "__weakref__"]
for cls, cls2 in ((G, H), (Q, R), (R, Q)):
    x = cls()
    x.a = 1
    x.__class__ = cls2
    print(x.__class__.__name__, x.a)
    x.__class__ = cls
    print(x.__class__.__name__, x.a)
for a, b in ((G, J), (J, G), (G, list)):
    try:
        a().__class__ = b
    except TypeError as e:
        print(e)
class X:
    __slots__ = ('b', 'a', '__dict__', 'c')
    z = 1
print(list(vars(X)))
class Y:
    w = 2
print(list(vars(Y)))
class Z(X):
    __slots__ = ('e', 'd')
print(list(vars(Z)))
try:
    class W:
        __slots__ = ('x', 'x')
except Exception as e:
    print(type(e).__name__, e)
