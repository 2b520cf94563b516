# DeprecationWarnings the interpreter issues, shown once per line for __main__ code in CPython's format on
# stderr: conversions returning strict subclasses (__float__, __int__, __index__), int() via __trunc__, and
# NotImplemented in a boolean context. The golden text records stdout; the stderr format is checked by hand.
class Foo3(float):
    def __new__(cls, value=0.):
        return float.__new__(cls, 2*value)
    def __float__(self):
        return self
print(float(Foo3(21)))
class F:
    def __float__(self):
        return OtherFloatSubclass(42.)
class OtherFloatSubclass(float):
    pass
for i in range(3):
    print(float(F()), type(float(F())))
class BadIndex:
    def __index__(self):
        return True
print(int(BadIndex()), [1, 2, 3][BadIndex()], range(5)[BadIndex()])
class BadInt:
    def __int__(self):
        return True
print(int(BadInt()))
class T:
    def __trunc__(self):
        return 7
print(int(T()))
print(bool(NotImplemented))
import sys
print(sorted(k for k in globals() if k.startswith("__w")), len(__warningregistry__))
print(bool(NotImplemented), float(F()))
