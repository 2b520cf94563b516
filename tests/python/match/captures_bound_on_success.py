# Captured names are bound only once the whole pattern (or alternative) has matched, as in CPython: a failed
# case binds nothing, or-patterns bind the names of the alternative that matched whatever their order.
def f(x):
    match x:
        case ((a, b, c, d, e, f, g, h, i, 9) |
              (h, g, i, a, b, d, e, c, f, 10) |
              (g, b, a, c, d, -5, e, h, i, f) |
              (-1, d, f, b, g, e, i, a, h, c)):
            w = 0
    out = locals()
    del out["x"]
    return out
print(f(range(10)))
print(f(range(1, 11)))
print(f(range(0, -10, -1)))
print(f(range(-1, -11, -1)))
print(f(range(10, 20)))
def g(p):
    match p:
        case (x, 0):
            return "x-axis", x
        case (0, y):
            return "y-axis", y, "x" in locals()
        case [x, y, *rest] if x > y:
            return "desc", x, y, rest
        case {"k": v, **others}:
            return "map", v, others
        case (1 | 2 | 3) as small:
            return "small", small
        case [[a, b], [c, d]] | [a, b, c, d]:
            return "quad", a, b, c, d
        case str(s) | bytes(s):
            return "text", s
        case _:
            return "other", sorted(k for k in locals() if k != "p")
print(g((5, 0)), g((0, 7)), g([9, 3, 1, 2]), g([1, 9]), g({"k": 1, "z": 2}), g(2))
print(g([[1, 2], [3, 4]]), g([5, 6, 7, 8]), g("hi"), g(b"yo"), g(4.5))
def guard_binds(v):
    match v:
        case [a, b] if a > b:
            return "first"
        case _:
            return ("fallback", a, b)
print(guard_binds([1, 2]))
def nested(v):
    match v:
        case {"a": [x, (1 | 2) as y], "b": z} | {"c": [z, (x, y)]}:
            return x, y, z
    return None
print(nested({"a": [7, 2], "b": 0}), nested({"c": [0, (5, 6)]}), nested({"a": [7, 3], "b": 0}))
class P:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
def cls(v):
    match v:
        case P(x, y=0) | P(0, y=x):
            return "on axis", x
        case P(x=px, y=py) as pt:
            return "point", px, py, type(pt).__name__
print(cls(P(3, 0)), cls(P(0, 4)), cls(P(1, 2)))
def fail_partial(v):
    match v:
        case [a, 1]:
            pass
        case _:
            pass
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(fail_partial([5, 2]), fail_partial([5, 1]))
x = 100
match [1, 2]:
    case [x, 3]:
        pass
print(x)
