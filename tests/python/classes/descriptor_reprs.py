# Reprs of the attribute descriptors of built-in and user classes (getset "attribute", struct "member").
class Q: pass
class Sl:
    __slots__ = ("a",)
print(repr(Q.__dict__["__weakref__"]), repr(Q.__dict__["__dict__"]))
print(repr(type.__dict__["__name__"]), repr(int.real), repr(int.__dict__["imag"]))
print(Sl.a, type(Sl.a).__name__)
print(repr(BaseException.args), repr(BaseException.__dict__["__traceback__"]))
def f(): pass
print(type(f).__dict__["__name__"], type(f).__dict__["__code__"], type(f).__dict__["__globals__"])
print(slice.start, range.start, complex.real, property.fget, staticmethod.__func__)
print(type.__dict__["__dict__"], type.__dict__["__bases__"], type.__dict__["__mro__"], type.__dict__["__doc__"])
print(StopIteration.value, OSError.errno, SyntaxError.msg, UnicodeError.__dict__.get("start"), UnicodeDecodeError.start)
