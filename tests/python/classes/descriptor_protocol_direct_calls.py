# Built-in descriptors' __get__/__set__/__delete__ called directly: __get__(None, None) is invalid, unsuitable
# objects are refused (slots too), deleting an unset slot says just its name; int.__repr__ of a bool is numeric.
def t(f):
    try:
        r = f()
        print(repr(r)[:90].split(" at 0x")[0])
    except BaseException as e:
        print(type(e).__name__, str(e)[:150])
class S:
    __slots__ = ("a",)
    def m(self): return 1
    @classmethod
    def c(cls): return cls
    @staticmethod
    def s(): return 2
    @property
    def p(self): return 3
d = S.__dict__
t(lambda: d["a"].__get__(5))
t(lambda: d["a"].__get__(None, S))
t(lambda: d["a"].__set__(5, 1))
t(lambda: d["a"].__get__(S()))
t(lambda: d["a"].__delete__(S()))
t(lambda: d["m"].__get__(None, S))
t(lambda: d["m"].__get__(5)())
t(lambda: d["m"].__get__(None, None))
t(lambda: d["m"].__get__())
t(lambda: d["c"].__get__(None, None))
t(lambda: d["c"].__get__(5))
t(lambda: d["c"].__get__(None, int)())
t(lambda: d["s"].__get__(None, None)())
t(lambda: d["s"].__get__(5)())
t(lambda: d["p"].__get__(None, S))
t(lambda: d["p"].__get__(5))
t(lambda: d["p"].__set__(S(), 1))
t(lambda: d["p"].__delete__(S()))
t(lambda: property(lambda s: 1).__get__(None, None))
t(lambda: property().__get__(1))
t(lambda: property.__get__(1, 2))
t(lambda: classmethod.__get__(1, 2))
t(lambda: staticmethod.__get__(1, 2))
t(lambda: (lambda: 0).__get__(None, None))
t(lambda: type(lambda: 0).__get__(1, 2))
t(lambda: len.__get__)
t(lambda: str.upper.__get__(None, None))
t(lambda: str.upper.__get__(1))
t(lambda: int.__add__.__get__(None, int))
t(lambda: int.__add__.__get__(None, None))
t(lambda: object.__dict__["__class__"].__get__(None, None))
t(lambda: object.__dict__["__class__"].__get__(1))
t(lambda: type.__dict__["__dict__"].__get__(int)["__add__"])
t(lambda: type.__dict__["__doc__"].__get__(5))
t(lambda: super(S, S()).m())
t(lambda: super(S, S()).__get__(S()))
t(lambda: super(S).__get__(S()).m())
t(lambda: super(S).__get__(5))
t(lambda: super(S, 5))
t(lambda: super(5, 5))
t(lambda: super(S, S).c())
t(lambda: super(int, True).__add__(1))
t(lambda: super(bool, True).__repr__())
t(lambda: super().x)
print(int.__repr__(True), int.__str__(False), int.__format__(True, ""), int.__format__(True, "d"), format(True, ""), int.__hash__(True), float.__repr__(1.0))
class B(int):
    pass
print(int.__repr__(B(5)), repr(B(5)))
