# Geometry with class patterns: __match_args__, nested patterns, guards,
# mapping and sequence patterns, class decorators and __init_subclass__,
# plus a final error from an unmatched command.

REGISTRY = {}


def register(kind):
    def deco(cls):
        cls.kind = kind
        REGISTRY[kind] = cls
        return cls
    return deco


class Shape:
    __match_args__ = ()
    count = 0

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.count = 0

    def __new__(cls, *args, **kwargs):
        cls.count += 1
        Shape.count += 1
        return super().__new__(cls)

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


@register("pt")
class Point(Shape):
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


@register("circle")
class Circle(Shape):
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center, self.r = center, r


@register("rect")
class Rect(Shape):
    __match_args__ = ("corner", "w", "h")

    def __init__(self, corner, w, h):
        self.corner, self.w, self.h = corner, w, h


@register("poly")
class Polygon(Shape):
    __match_args__ = ("points",)

    def __init__(self, *points):
        self.points = list(points)


def area(shape):
    match shape:
        case Point():
            return 0
        case Circle(r=r) if r < 0:
            raise ValueError(f"negative radius {r}")
        case Circle(_, r):
            return round(3.14159 * r * r, 3)
        case Rect(_, w, h) if w == h:
            return f"square {w * h}"
        case Rect(w=w, h=h):
            return w * h
        case Polygon(points=[_, _]) | Polygon(points=[_]) | Polygon(points=[]):
            return "degenerate"
        case Polygon(points=pts):
            s = 0
            for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
                s += x1 * y2 - x2 * y1
            return abs(s) / 2
        case _:
            return None


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x, 0) | Point(0, x):
            return f"on an axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Circle(Point(0, 0), r):
            return f"centred circle r={r}"
        case Circle(Point(x=cx), r) if cx > 10:
            return f"far circle r={r}"
        case Rect(Point(x, y), w, h):
            return f"rect from ({x}, {y}) to ({x + w}, {y + h})"
        case Polygon(points=[first, *_, last]) if first == last:
            return "closed polyline"
        case Shape():
            return f"some {type(shape).__name__.lower()}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case [int(a), int(b)]:
            return f"int pair {a},{b}"
        case [*items]:
            return f"sequence of {len(items)}"
        case {"kind": kind, **rest}:
            return f"mapping for {kind} with {sorted(rest)}"
        case int() | float() as n if n != n or n > 1e6:
            return "huge or nan"
        case None:
            return "nothing"
    return "unknown"


def build(spec):
    match spec:
        case {"kind": "pt", "at": [x, y]}:
            return Point(x, y)
        case {"kind": "circle", "at": [x, y], "r": r}:
            return Circle(Point(x, y), r)
        case {"kind": "rect", "at": (x, y), "size": (w, h)}:
            return Rect(Point(x, y), w, h)
        case {"kind": "poly", "points": [*pts]} if len(pts) >= 1:
            return Polygon(*[tuple(p) for p in pts])
        case {"kind": str(k)} if k not in REGISTRY:
            raise KeyError(f"unknown kind {k!r}; known: {', '.join(sorted(REGISTRY))}")
        case _:
            raise TypeError(f"cannot build from {spec!r}")


specs = [
    {"kind": "pt", "at": [0, 0]},
    {"kind": "pt", "at": [5, 0]},
    {"kind": "pt", "at": [3, 3]},
    {"kind": "pt", "at": [1, 2]},
    {"kind": "circle", "at": [0, 0], "r": 2},
    {"kind": "circle", "at": [20, 1], "r": 1.5},
    {"kind": "circle", "at": [1, 1], "r": -1},
    {"kind": "rect", "at": (1, 1), "size": (3, 3)},
    {"kind": "rect", "at": (0, 2), "size": (4, 5)},
    {"kind": "poly", "points": [[0, 0], [4, 0], [4, 3]]},
    {"kind": "poly", "points": [[0, 0], [1, 1], [0, 0]]},
    {"kind": "poly", "points": [[1, 1]]},
    {"kind": "hexagon"},
    {"kind": "pt", "at": [1, 2, 3]},
    ["not", "a", "mapping"],
]
shapes = []
for spec in specs:
    try:
        s = build(spec)
    except (KeyError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")
        continue
    shapes.append(s)
    try:
        a = area(s)
    except ValueError as e:
        a = f"error: {e}"
    print(f"{s!r:50} area={a!s:<12} {describe(s)}")

for other in ["hi", b"raw", [1, 2], [1, "x"], (1, 2, 3), {"kind": "k", "z": 1, "a": 2}, 1e9, float("nan"), 5, None]:
    print(f"{other!r:30} -> {describe(other)}")

print(Shape.count, Point.count, Circle.count, Rect.count, Polygon.count)
print(sorted(REGISTRY), Point.kind, Point(1, 2) == Point(1, 2), Point(1, 2) == Circle(Point(1, 2), 0))
print(Point.__match_args__, Rect.__match_args__)


def run(command):
    match command.split():
        case ["move", ("up" | "down") as d, n] if n.isdigit():
            return f"moving {d} {int(n)}"
        case ["say", *words]:
            return " ".join(words).upper()
        case ["quit" | "exit"]:
            raise SystemExit(f"bye ({command})")
    raise NotImplementedError(f"command {command!r}")


for c in ["move up 3", "move left 2", "say hello there", "say"]:
    try:
        print(run(c))
    except NotImplementedError as e:
        print("not implemented:", e)
run("jump")
