# __sizeof__ as CPython 3.11 reports it, exceptions' __reduce__/__setstate__, and dir() of plain objects listing
# object's __reduce__, __reduce_ex__ and __sizeof__.
class A: pass
class B:
    __slots__ = ("a", "b")
class T:
    __slots__ = ("a", "__weakref__")
class U:
    __slots__ = ("__dict__",)
class S(int): pass
for o in [A(), B(), T(), U(), object(), S(5), 0, 1, 2**30, 2**60, -1, True, False, 1.5, 1j, "", "a", "ab", "é", "āā", "😀", (), (1, 2), b"", b"ab"]:
    print(repr(o)[:20] if not isinstance(o, (A, B, T, U)) and type(o) is not object else type(o).__name__, o.__sizeof__())
e = ValueError(1, 2)
print(e.__reduce__())
e.x = 5
print(e.__reduce__())
e2 = ValueError()
e2.__setstate__({"y": 3})
print(e2.y, e2.__setstate__(None))
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2))
print(sorted(set(dir(A())) - set(dir(object()))))
print(len(dir(A())), len(dir(object)), len(dir(ValueError)))
