# list/str/tuple/bytes __add__ and __mul__ are CPython's sequence slots: called directly (as super().__add__ in a
# subclass) they refuse an unsuitable operand with TypeError; the operators still give the other operand's
# __radd__/__rmul__ its turn first.
class R:
    def __radd__(self, o): return ("radd", type(o).__name__)
    def __rmul__(self, o): return ("rmul", type(o).__name__)
class NI:
    def __add__(self, o): return NotImplemented
    def __mul__(self, o): return NotImplemented
class Idx:
    def __index__(self): return 2
class L(list): pass
class LR(list):
    def __radd__(self, o): return "LR.radd"
    def __rmul__(self, o): return "LR.rmul"
class S(str): pass
class T(tuple): pass
class BA(bytearray): pass
def t(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r), type(r).__name__)
    except TypeError as e:
        print(expr, "!!", e)
for e in ["[1] + R()", "R() + [1]", "[1] * R()", "R() * [1]", "'a' + R()", "'a' * R()", "(1,) * R()", "b'x' + R()",
          "bytearray(b'x') + R()", "[1] + NI()", "NI() + [1]", "NI() * [1]", "[1] * NI()", "'ab' * Idx()", "Idx() * 'ab'",
          "True * 'ab'", "'ab' * True", "L([1]) + [2]", "[2] + L([1])", "L([1]) * 2", "2 * L([1])", "L([1]) + L([3])",
          "[1] + LR([2])", "[1] * LR([2])", "2 * LR([2])", "LR([2]) * 2", "S('a') + 'b'", "'b' + S('a')", "S('a') * 2",
          "2 * S('a')", "T((1,)) + (2,)", "(2,) + T((1,))", "BA(b'x') + b'y'", "b'y' + BA(b'x')", "L([1]) + 5", "5 + L([1])",
          "S('a') + 5", "[1].__add__([2])", "[1].__add__(L([2]))", "L([1]).__add__([2])", "'a'.__add__(S('b'))",
          "[1].__rmul__(3)", "'ab'.__rmul__(Idx())", "[1].__mul__(True)", "L([1]).__mul__(2)", "[1].__add__(R())",
          "[1] * 2.0", "2.0 * [1]", "[1] * (2**70)", "[1] * -1", "'a' * None", "None * 'a'", "b'a' + 'b'", "'b' + b'a'",
          "[] + ()", "() + []", "bytearray(b'a') + memoryview(b'b')", "b'a' + bytearray(b'c')", "S.__add__(S('x'), 'y')",
          "list.__add__([1], (2,))", "tuple.__mul__((1,), '2')", "str.__rmul__('ab', 2)"]:
    t(e)
x = L([1]); x += (2, 3); print(x, type(x).__name__)
y = (1,); y += T((2,)); print(y, type(y).__name__)
z = "a"; z *= Idx(); print(z)
w = [0]; w *= Idx(); print(w)
try:
    w += 5
except TypeError as e:
    print(e)
class ML(list):
    def __add__(self, o):
        return ML(super().__add__(o))
    def __mul__(self, n):
        return ML(super().__mul__(n))
try:
    ML([1]) + 5
except TypeError as e:
    print(e)
try:
    ML([1]) * "x"
except TypeError as e:
    print(e)
print(ML([1]) + [2], type(ML([1]) * 2).__name__, [0] + ML([1]), type([0] + ML([1])).__name__)
