def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
t(lambda: type.__new__(type, 1, 2))
t(lambda: type.__new__(type, 1))
t(lambda: type.__new__(type, "a", (), {}, 1))
t(lambda: type("a", (), {}, x=1))
t(lambda: type("a", ()))
t(lambda: type(1, x=2))
t(lambda: type.__call__(type, 5))
t(lambda: type.__call__(type, 5, 6))
class M(type): pass
t(lambda: M("a", ()))
t(lambda: M("a"))
t(lambda: M(5))
t(lambda: int.__new__(bool, 1))
t(lambda: int.__new__())
class X(int): pass
class Y(X):
    def __new__(cls, v): return super().__new__(cls, v + 1)
t(lambda: int.__new__(Y, 1))
t(lambda: Y(1))
t(lambda: X.__new__(X, 3))
t(lambda: list.__new__(Y))
t(lambda: dict.__new__(dict, 1, 2, a=3))
t(lambda: object.__new__(X))
class E(ValueError): pass
t(lambda: ValueError.__new__(E, 1).args)
t(lambda: BaseException.__new__(1))
# Every built-in type's __new__ checks its first argument before anything else.
for typ in [int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice,
            map, filter, zip, enumerate, reversed, property, staticmethod, classmethod, memoryview, super,
            type, object, type(None), type(...), type(NotImplemented), BaseException, ExceptionGroup]:
    for args in [(), (1,), (int,), (bool,), (object,)]:
        t(lambda: type(typ.__new__(*args)).__name__)
