# metaclass inheritance: derived metaclass wins, unrelated metaclasses conflict
class M1(type): pass
class M2(type): pass
class M3(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(metaclass=M3): pass
class D(A, C): pass
print(type(D).__name__)
try:
    class E(A, B): pass
except TypeError as e:
    print('TypeError:', e)
class F(A): pass
print(type(F).__name__)
X = M1('X', (), {})
print(type(X).__name__, X.__name__)
print(type(type).__name__, isinstance(type, type), isinstance(object, type), issubclass(type, object))
