# class patterns with positional sub-patterns resolved through __match_args__
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point3(0, 0, 0):
            return 'origin in 3d'
        case Point3(x, y, z=0):
            return f'3d point on the plane at {x},{y}'
        case Point(0, 0):
            return 'origin'
        case Point(0, y):
            return f'on the y axis at {y}'
        case Point(x, 0):
            return f'on the x axis at {x}'
        case Point(x, y) if x == y:
            return f'on the diagonal at {x}'
        case Point():
            return 'somewhere else'
        case _:
            return 'not a point'
for p in (Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 0), Point3(1, 2, 3), (0, 0)):
    print(where(p))
