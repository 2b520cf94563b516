# Classes built with unusual namespaces and metaclasses: non-callable special methods, a metaclass mro(), and
# descriptors' __get__/__set__ called directly on unsuitable objects (TypeError, not an internal error).
def t(f):
    try:
        r = f()
        print(repr(r)[:100])
    except BaseException as e:
        print(type(e).__name__, str(e)[:150])
t(lambda: type("A", (), {"__slots__": ["a", "a"]}))
t(lambda: type("A", (), {"__slots__": ["__dict__"], "__dict__": 1}))
t(lambda: type("A", (), {"__slots__": "ab"}).__dict__.get("ab"))
t(lambda: type("A", (), {"__slots__": ["1a"]}))
t(lambda: type("A", (), {"__slots__": [1]}))
t(lambda: type("A", (), {"__slots__": {"a": "doc"}}).a.__doc__)
t(lambda: type("A", (int,), {"__slots__": ["__weakref__"]}))
t(lambda: type("A", (tuple,), {"__slots__": ["x"]}))
t(lambda: type("A", (), {"__qualname__": 5}))
t(lambda: type("A", (), {"__classcell__": 5}))
t(lambda: type("A", (), {"__init_subclass__": 5}))
t(lambda: type("B", (type("A", (), {"__init_subclass__": 5}),), {}))
t(lambda: type("A", (), {"__new__": 5})())
t(lambda: type("A", (), {"__init__": 5})())
t(lambda: type("A", (), {"__call__": 5})()())
t(lambda: type("A", (), {"__getattr__": 5})().x)
t(lambda: type("A", (), {"__getattribute__": 5})().x)
t(lambda: type("A", (), {"__setattr__": 5})().__setattr__)
t(lambda: setattr(type("A", (), {"__setattr__": 5})(), "x", 1))
t(lambda: type("A", (), {"__eq__": 5})() == 1)
t(lambda: type("A", (), {"__hash__": 5})().__hash__)
t(lambda: hash(type("A", (), {"__hash__": 5})()))
t(lambda: len(type("A", (), {"__len__": 5})()))
t(lambda: iter(type("A", (), {"__iter__": 5})()))
t(lambda: bool(type("A", (), {"__bool__": 5})()))
t(lambda: str(type("A", (), {"__str__": 5})()))
t(lambda: repr(type("A", (), {"__repr__": 5})()))
t(lambda: format(type("A", (), {"__format__": 5})(), ""))
t(lambda: type("A", (), {"__getitem__": 5})()[0])
t(lambda: type("A", (), {"__contains__": 5})().__contains__)
t(lambda: 1 in type("A", (), {"__contains__": 5})())
t(lambda: type("A", (), {"__add__": 5})() + 1)
t(lambda: 1 + type("A", (), {"__radd__": 5})())
t(lambda: -type("A", (), {"__neg__": 5})())
t(lambda: type("A", (), {"__index__": 5})().__index__)
t(lambda: [1][type("A", (), {"__index__": 5})()])
t(lambda: type("A", (), {"__get__": 5, "__set__": 5}))
class D:
    __get__ = 5
class H:
    d = D()
t(lambda: H().d)
class E:
    def __enter__(self): return 1
    __exit__ = 5
def w():
    with E():
        pass
t(w)
class E2:
    __enter__ = 5
    def __exit__(self, *a): pass
def w2():
    with E2():
        pass
t(w2)
class M(type):
    __call__ = 5
t(lambda: M("X", (), {})())
class M2(type):
    def __prepare__(*a, **k): return 5
def mk():
    class X(metaclass=M2): pass
t(mk)
class M3(type):
    def __instancecheck__(self, o): return "yes"
t(lambda: isinstance(1, M3("Z", (), {})))
class M4(type):
    __instancecheck__ = 5
t(lambda: isinstance(1, M4("Z", (), {})))
class M5(type):
    def mro(cls): return [cls, object]
t(lambda: M5("Z", (int,), {}).__mro__)
class M6(type):
    def mro(cls): return 5
t(lambda: M6("Z", (), {}))
class M7(type):
    def mro(cls): return [1]
t(lambda: M7("Z", (), {}))
t(lambda: type.__dict__["__mro__"].__get__(5))
t(lambda: type.__dict__["__name__"].__set__(int, "x"))
t(lambda: object.__dict__["__class__"].__set__(1, str))
t(lambda: vars(type("A", (), {"__slots__": ()})()))
t(lambda: type("A", (), {"__slots__": ()})().__dict__)
t(lambda: type("A", (), {})().__weakref__)
class M(type):
    def mro(cls):
        print("mro called for", cls.__name__)
        return [cls] + [b for b in type.mro(cls)[1:] if b.__name__ != "Skip"]
class Skip:
    def f(self): return "Skip.f"
class Base(Skip):
    pass
class X(Base, metaclass=M):
    pass
print(X.__mro__)
print(hasattr(X(), "f"), isinstance(X(), Skip))
class Y(X): pass
print(Y.__mro__)
class Rev(type):
    def mro(cls):
        return list(reversed(type.mro(cls)[1:-1])) + [cls, object]
class A: x = "A"
class B(A): x = "B"
class C(B, metaclass=Rev): pass
print(C.__mro__, C.x)
