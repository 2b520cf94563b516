# x *= seq: a left operand whose type has sequence slots (any class defined in Python, dicts, sets, ranges,
# dict views) is not repeated from the right, so the error is the generic one; numbers and None let the
# sequence on the right repeat.
class Plain:
    pass


class Declines:
    def __mul__(self, other):
        return NotImplemented


def show(left, right):
    x = left
    try:
        x *= right
        print(type(left).__name__, "*=", type(right).__name__, "->", x)
    except TypeError as e:
        print(type(left).__name__, "*=", type(right).__name__, "!!", e)
    try:
        print(type(left).__name__, "*", type(right).__name__, "->", left * right)
    except TypeError as e:
        print(type(left).__name__, "*", type(right).__name__, "!!", e)


for left in (Plain(), Declines(), {1: 2}, {1}, frozenset(), range(2), {1: 2}.keys(), {1: 2}.values(), None, 2,
             2.5, True, 1j):
    for right in ("ab", [1], (1,), b"x", bytearray(b"y")):
        show(left, right)
