# A Fraction class with full operator overloading, NotImplemented coercion, hashing equal to int's, ordering by hand and __format__.
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        g = self._gcd(abs(n), abs(d))
        if d < 0: n, d = -n, -d
        self.n, self.d = n // g, d // g
    @staticmethod
    def _gcd(a, b):
        while b: a, b = b, a % b
        return a or 1
    @classmethod
    def _coerce(cls, o):
        if isinstance(o, Frac): return o
        if isinstance(o, int): return cls(o)
        return NotImplemented
    def __add__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return o
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return o
        return self + (-o)
    def __rsub__(self, o):
        return (-self) + o
    def __neg__(self): return Frac(-self.n, self.d)
    def __mul__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return o
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return o
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Frac._coerce(o) / self
    def __pow__(self, e):
        if e < 0: return Frac(self.d ** -e, self.n ** -e)
        return Frac(self.n ** e, self.d ** e)
    def __eq__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return o
        return self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = self._coerce(o)
        if o is NotImplemented: return o
        return self.n * o.d < o.n * self.d
    def __le__(self, o): return self == o or self < o
    def __gt__(self, o):
        r = self.__le__(o)
        return r if r is NotImplemented else not r
    def __ge__(self, o):
        r = self.__lt__(o)
        return r if r is NotImplemented else not r
    def __hash__(self): return hash((self.n, self.d)) if self.d != 1 else hash(self.n)
    def __repr__(self): return f"Frac({self.n}, {self.d})"
    def __str__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    def __float__(self): return self.n / self.d
    def __int__(self): return int(self.n / self.d)
    def __bool__(self): return self.n != 0
    def __format__(self, spec):
        if spec.endswith("f"): return format(float(self), spec)
        return format(str(self), spec)

h = Frac(1, 2); t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 - h, 2 / t, h ** -2, -h)
print(h < t, h > t, h <= h, h >= t, h == Frac(2, 4), h != t, Frac(4, 2) == 2)
print(sorted([Frac(3, 4), h, t, Frac(5)]))
print({Frac(2, 1): "two"}[2], len({h, Frac(2, 4), Frac(3, 6)}))
print(f"[{h:>8}] [{t:.3f}] [{h!r:^16}]", float(t), int(Frac(7, 2)), bool(Frac(0)))
print(sum([h, t, Frac(1, 6)]), sum([h, t], Frac(0)))
try:
    h < "x"
except TypeError as e:
    print(e)
try:
    h + 1.5
except TypeError as e:
    print(e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(e)
try:
    h.x = 1
except AttributeError as e:
    print(e)
print(max(h, t), min([h, t], key=float), divmod(7, 2))
try:
    divmod(h, t)
except TypeError as e:
    print(e)
try:
    h @ t
except TypeError as e:
    print(e)
try:
    h += "a"
except TypeError as e:
    print(e)
try:
    abs(h)
except TypeError as e:
    print(e)
