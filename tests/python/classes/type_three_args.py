# type(name, bases, ns) builds classes dynamically
def init(self, v):
    self.v = v
Point = type('Point', (), {'__init__': init, 'double': lambda self: self.v * 2, 'kind': 'pt'})
p = Point(21)
print(p.double(), p.kind, Point.__name__, Point.__qualname__, Point.__bases__)
Sub = type('Sub', (Point,), {'kind': 'sub'})
s = Sub(1)
print(s.double(), s.kind, [c.__name__ for c in Sub.__mro__])
print(type(p) is Point, isinstance(s, Point))
print(type(42) is int, type('x'), type(type))
try:
    type('X', 1, {})
except TypeError as e:
    print('TypeError:', e)
try:
    type('X', (), {}, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError:', e)
Empty = type('Empty', (object,), {})
print(Empty().__class__.__name__, Empty.__module__)
