# repr of built-in singletons, types, functions and other special objects
import sys
items = [None, True, Ellipsis, ..., NotImplemented, range(5), range(1, 10, 2), slice(3), slice(1, None, -1),
         int, str, type, object, type(None), len, print, sys, frozenset(), set(), {}, [], (), (1,), b'', bytearray(),
         bytes, 1 == 1, complex, ValueError, ValueError('x')]
for it in items:
    print(repr(it))
class Local: pass
print(repr(Local), repr(Local.__init__) == repr(object.__init__), str(int), str(range(3)))
