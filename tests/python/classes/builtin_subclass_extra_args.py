# A list subclass whose __new__ takes extra keyword arguments: list.__init__ then ignores them; list itself
# and subclasses without their own __new__ refuse keywords. Other built-in subclasses with extra arguments.
class subclass_with_new(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self
u = subclass_with_new([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)
class T(tuple):
    def __new__(cls, a, b=0):
        return super().__new__(cls, (a, b))
print(T(1, b=2))
class D(dict):
    def __new__(cls, *a, extra=None, **k):
        self = super().__new__(cls)
        self.extra = extra
        return self
    def __init__(self, *a, extra=None, **k):
        super().__init__(*a, **k)
print(D({1: 2}, extra=5), D(x=1).extra)
class S(set):
    def __init__(self, it, tag=None):
        super().__init__(it)
        self.tag = tag
print(sorted(S([3, 1], tag="t")), S([1], tag=2).tag)
class I(int):
    def __new__(cls, v, unit="m"):
        o = super().__new__(cls, v)
        o.unit = unit
        return o
print(I(5, unit="km") + 1, I(5, unit="km").unit)
try:
    list(sequence=())
except TypeError as e:
    print(e)
class subclass(list): pass
try:
    subclass(sequence=())
except TypeError as e:
    print(e)
class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented
class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented
list1 = [X()]
list2 = [Y()]
print(list1 == list2)
