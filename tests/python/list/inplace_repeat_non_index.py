# list/bytearray *= repeats in place only by an index; otherwise the other operand's __rmul__ is tried, else the usual error.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
class X:
    def __rmul__(self, o): return ("rmul", o)
def m(x, y):
    x *= y
    return x
t(lambda: m([1], "a"))
t(lambda: m([1], X()))
t(lambda: m(bytearray(b"a"), X()))
t(lambda: m(bytearray(b"a"), 1.5))
t(lambda: m([1], 2))
t(lambda: m(bytearray(b"ab"), 2))
t(lambda: m((1,), X()))
t(lambda: m("a", X()))
t(lambda: m([1], True))
t(lambda: [].__imul__("a"))
t(lambda: [1] * X())
class LS(list): pass
t(lambda: m(LS([1]), 2))
t(lambda: type(m(LS([1]), 2)))
t(lambda: m(LS([1]), "a"))
