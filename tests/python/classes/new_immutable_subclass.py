# __new__ is where immutable subclasses pick their value
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper('hello')
print(u, type(u).__name__, len(u))
class Pos(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError('negative')
        return super().__new__(cls, value)
print(Pos(5) + 1, type(Pos(5)).__name__)
try:
    Pos(-1)
except ValueError as e:
    print('ValueError:', e)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
print(p, p.first, len(p), type(p).__name__)
class Rounded(float):
    def __new__(cls, v):
        return float.__new__(cls, round(v, 1))
print(Rounded(2.345), Rounded(2.345) * 2)
