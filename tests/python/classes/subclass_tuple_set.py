# tuple, set and frozenset subclasses
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self): return f'Point(x={self.x}, y={self.y})'
p = Point(1, 2)
print(p, p.x, p.y, p + (3,), type(p + (3,)).__name__, p[::-1], type(p[:]).__name__)
a, b = p
print(a, b, p == (1, 2), hash(p) == hash((1, 2)))
class S(set):
    pass
s = S([1, 2, 3])
print(sorted(s), type(s).__name__, type(s | {4}).__name__, type(s & {1}).__name__, type(s.copy()).__name__)
print(repr(S([1])), repr(S()))
class F(frozenset):
    pass
f = F([1, 2])
print(repr(f), type(f | {3}).__name__, {f: 'k'}[frozenset([1, 2])])
print(repr(F()), f == frozenset({1, 2}))
