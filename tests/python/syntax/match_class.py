# class patterns: positional via __match_args__, keyword, builtins
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    def __init__(self, center, r):
        self.center = center
        self.r = r
def where(p):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(0, y):
            return f'on y axis at {y}'
        case Point(x=x, y=0):
            return f'on x axis at {x}'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Point():
            return 'somewhere'
        case Circle(center=Point(x=cx), r=r):
            return f'circle cx={cx} r={r}'
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 9), Circle(Point(7, 8), 2)]:
    print(where(p))
def kind(v):
    match v:
        case bool(b):
            return f'bool {b}'
        case int(n):
            return f'int {n}'
        case float() | complex():
            return 'float or complex'
        case str() as s:
            return f'str {s!r}'
        case list([x, *_]):
            return f'list starting {x}'
        case dict():
            return 'dict'
        case _:
            return 'other'
for v in [True, 7, 1.5, 2j, 'hi', [9, 8], {}, None]:
    print(kind(v))
