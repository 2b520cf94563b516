# C3 linearization for diamonds and larger hierarchies
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
for cls in (K1, K2, K3, Z):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
class Base:
    def who(self): return 'Base'
class Left(Base):
    def who(self): return 'Left'
class Right(Base):
    def who(self): return 'Right'
class Bottom(Left, Right): pass
class Bottom2(Right, Left): pass
print(Bottom().who(), Bottom2().who())
print([c.__name__ for c in Bottom.mro()])
print(Bottom.__bases__ == (Left, Right), Base.__bases__ == (object,))
