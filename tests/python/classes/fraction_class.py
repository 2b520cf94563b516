# a hand-written fraction type with normalisation, mixed int arithmetic and ordering
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError('denominator is zero')
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    @staticmethod
    def _c(o):
        return o if isinstance(o, Frac) else Frac(o) if isinstance(o, int) else None
    def __repr__(self): return f'Frac({self.n}, {self.d})'
    def __str__(self): return f'{self.n}/{self.d}' if self.d != 1 else str(self.n)
    def __add__(self, o):
        o = self._c(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._c(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o): return Frac(o) - self
    def __mul__(self, o):
        o = self._c(o)
        if o is None: return NotImplemented
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._c(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o): return Frac(o) / self
    def __eq__(self, o):
        o = self._c(o)
        return o is not None and (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = self._c(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self): return hash((self.n, self.d))
    def __float__(self): return self.n / self.d
half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third, 1 - half, 2 / third, 1 + half)
print(Frac(6, -8), repr(Frac(10, 5)), float(Frac(1, 8)), half == Frac(2, 4), half == 0.5)
print(sorted([half, third, Frac(3, 4), Frac(-1, 2)]), half < 1, third < half)
total = sum(Frac(1, n) for n in range(1, 7))
print(total, float(total))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    half + 0.5
except TypeError as e:
    print('TypeError:', e)
