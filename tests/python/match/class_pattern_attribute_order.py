# A match-heavy classifier; class patterns fetch attributes one __match_args__ name at a time, so a missing
# attribute ends the match before a bad later name is looked at, and repeated names are found as they come.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class P3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z): super().__init__(x, y); self.z = z
class Bad:
    __match_args__ = ("a", 1)
class NoArgs:
    pass
def m(v):
    match v:
        case 0 | 1 | 2 as small: return f"small {small}"
        case int(n) if n < 0: return f"neg {n}"
        case float() | complex(): return "floaty"
        case "": return "empty str"
        case str(s) if len(s) > 3: return f"long str {s[:3]}"
        case str(): return "short str"
        case [] : return "empty seq"
        case [x]: return f"one {x}"
        case [x, y, *rest] if not rest: return f"two {x} {y}"
        case [1, *_, 9]: return "1..9"
        case [*head, last]: return f"head {head} last {last}"
        case {"type": "circle", "r": r}: return f"circle {r}"
        case {"type": t, **others} if others: return f"{t} with {sorted(others)}"
        case {}: return "some dict"
        case P3(x, y, z): return f"p3 {x} {y} {z}"
        case Point(x=0, y=0): return "origin"
        case Point(0, y): return f"on y axis {y}"
        case Point(x, y) if x == y: return "diagonal"
        case Point(): return "point"
        case True: return "true?"
        case None: return "none"
        case _: return f"other {type(v).__name__}"
tests = [0, 2, -5, 7, 1.5, 2j, "", "hello", "hi", [], [1], [1, 2], [1, 5, 9], [1, 2, 3], (4, 5, 6, 7),
         {"type": "circle", "r": 3}, {"type": "sq", "side": 2}, {"type": "x"}, {}, P3(1, 2, 3), Point(0, 0),
         Point(0, 4), Point(3, 3), Point(1, 2), True, None, b"bytes", bytearray(b"x"), range(2), {1, 2}, "abcd"]
for t in tests:
    print(repr(t) if not isinstance(t, Point) else type(t).__name__, "=>", m(t))
def err(v):
    try:
        match v:
            case Bad(a, b): return "bad"
    except TypeError as e:
        return f"TypeError: {e}"
    try:
        match v:
            case NoArgs(a): return "noargs"
    except TypeError as e:
        return f"TypeError: {e}"
    try:
        match v:
            case Point(1, 2, 3): return "too many"
    except TypeError as e:
        return f"TypeError: {e}"
    return "no match"
print(err(Bad()))
print(err(NoArgs()))
print(err(Point(1, 2)))
try:
    match 5:
        case Point.missing: pass
except AttributeError as e:
    print("AE", e)
try:
    match 5:
        case int(x, y): pass
except TypeError as e:
    print("TE", e)
class K:
    __match_args__ = ("v",)
    @property
    def v(self): raise ValueError("prop fail")
try:
    match K():
        case K(1): pass
except ValueError as e:
    print("VE", e)
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
match {"k": {"n": [1, 2]}}:
    case {"k": {"n": [_, second]}}:
        print("second", second)
import sys
match sys.version_info:
    case (3, minor, *_):
        print("py3", minor >= 0)
class Dup:
    __match_args__ = ("a", "a")
    a = 1
class Half:
    __match_args__ = ("a", "missing", 5)
    a = 1
for subject, label in ((Dup(), "dup"), (Half(), "half")):
    try:
        match subject:
            case Dup(x, y) | Half(x, y):
                print(label, "matched")
            case _:
                print(label, "no match")
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    match Dup():
        case Dup(x, a=2):
            pass
except TypeError as e:
    print("TypeError:", e)
