# x += y for a list (or bytearray) calls a class's __radd__ before concatenating in place, as CPython tries
# number methods before sequence ones; NotImplemented from it falls back to the concatenation.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)


class X:
    def __radd__(self, o):
        return ("radd", o)


class Declines:
    def __radd__(self, o):
        return NotImplemented

    def __iter__(self):
        return iter([7, 8])


def iadd(a, b):
    a += b
    return a


for a in [[1], "s", (1,), bytearray(b"x"), {1: 2}, {1}]:
    t(lambda: iadd(a, X()))
t(lambda: iadd([1], Declines()))
t(lambda: iadd([1], 5))
t(lambda: iadd([1], "ab"))
t(lambda: iadd(bytearray(b"a"), b"bc"))
t(lambda: [1] + X())
t(lambda: (1,) + X())
