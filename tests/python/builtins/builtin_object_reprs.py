# The reprs of built-in objects, types and descriptors that do not show an address.
import sys
class A:
    x = 1
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    @property
    def p(self): return 1
    __slots__ = ()
items = [range(0), range(1, 10, 2), slice(1, None), slice(None), type(None), NotImplemented, Ellipsis, print, len,
         int.__add__, str.join, object.__init__, type.__dict__['__name__'], int.real, A.__dict__['x'] if False else 0,
         A.m, A.__dict__['c'].__class__, A.__dict__['s'].__class__, type(A.__dict__['p']), dict.fromkeys.__qualname__,
         {}.keys(), {1: 2}.values(), {1: 2}.items(), frozenset(), set(), (), (1,), [], {}, b"", bytearray(), 0j, -0.0,
         int, type, object, A, type(A.m), type(len), type(int.__add__), type(str.join), type([].append),
         type(type.__dict__['__name__']), type(int.real) if False else 0, type(iter([])), type(iter(())), type(iter("")),
         type(iter({})), type(iter(set())), type(iter(range(1))), type(reversed([])), type(zip()), type(map(str, [])),
         type(enumerate([])), type(x for x in []), type(sys), type(sys.stdout), sys.version_info[:2], Exception, BaseException,
         ValueError("x"), KeyError(1), OSError(2, "e"), StopIteration(), ExceptionGroup("g", [ValueError()]),
         type(...), type(NotImplemented), bool, True, None, str.__dict__['upper'].__class__, type(A.__init__), A.__init__,
         object.__dict__['__class__'], type(object.__dict__['__class__']), A.__mro__, int.__mro__, bool.__mro__,
         type(lambda: 0), (lambda: 0).__code__.__class__, type(A.__dict__), type(vars(A)), memoryview, type(memoryview(b"")),
         complex(1, -0.0), 1e300 * 10, -1e300 * 10, float("nan")]
for it in items:
    r = repr(it)
    if " at 0x" in r:
        r = r[:r.index(" at 0x")] + ">"
    print(r)
