# A Matrix class with operator overloading, reflected and in-place operators,
# fractions written by hand, determinant/inverse, and formatting.

def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if isinstance(n, Frac):
            n, d = n.n * 1, n.d * d
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        g = gcd(n, d) or 1
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g

    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        if not isinstance(o, (int, Frac)):
            return NotImplemented
        o = Frac.of(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __sub__(self, o):
        return self + -Frac.of(o)

    def __rsub__(self, o):
        return Frac.of(o) - self

    def __mul__(self, o):
        if not isinstance(o, (int, Frac)):
            return NotImplemented
        o = Frac.of(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.of(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Frac.of(o) / self

    def __eq__(self, o):
        if isinstance(o, int):
            o = Frac(o)
        if not isinstance(o, Frac):
            return NotImplemented
        return (self.n, self.d) == (o.n, o.d)

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __lt__(self, o):
        o = Frac.of(o)
        return self.n * o.d < o.n * self.d

    def __gt__(self, o):
        return Frac.of(o) < self

    def __bool__(self):
        return self.n != 0

    def __abs__(self):
        return Frac(abs(self.n), self.d)

    def __float__(self):
        return self.n / self.d

    def __repr__(self):
        return f"Frac({self.n}, {self.d})"

    def __str__(self):
        return str(self.n) if self.d == 1 else f"{self.n}/{self.d}"

    def __format__(self, spec):
        return format(str(self), spec)


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[Frac(int(i == j)) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __iter__(self):
        return (tuple(r) for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def _zip(self, other, f):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch: {self.shape} vs {other.shape}")
        return Matrix([[f(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __add__(self, other):
        return self._zip(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._zip(other, lambda a, b: a - b)

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {n}x{m} by {m2}x{p}")
        cols = list(zip(*other.rows))
        return Matrix([[sum((a * b for a, b in zip(r, c)), Frac(0)) for c in cols] for r in self.rows])

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def __pow__(self, k):
        result = Matrix.identity(self.shape[0])
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def T(self):
        return Matrix(zip(*self.rows))

    def det(self):
        n = self.shape[0]
        a = [[Frac.of(x) for x in r] for r in self.rows]
        sign, result = 1, Frac(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col]), None)
            if pivot is None:
                return Frac(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                sign = -sign
            result = result * a[col][col]
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return result * sign

    def inverse(self):
        n = self.shape[0]
        aug = [[Frac.of(x) for x in r] + list(e) for r, e in zip(self.rows, Matrix.identity(n))]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
            if not aug[pivot][col]:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            pv = aug[col][col]
            aug[col] = [x / pv for x in aug[col]]
            for r in range(n):
                if r != col and aug[r][col]:
                    f = aug[r][col]
                    aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
        return Matrix(r[n:] for r in aug)

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(f"{c:>{w}}" for c in r) + "]" for r in cells)


print(Frac(6, -8), Frac(3, 4) + 1, 1 - Frac(1, 3), 2 / Frac(4), Frac(1, 2) * Frac(2, 3))
print(sorted([Frac(1, 2), Frac(1, 3), Frac(2, 3), 0, 1]), float(Frac(22, 7)))
print({Frac(2): "two", 2: "int two"}, Frac(4, 2) == 2, 2 == Frac(4, 2))
print(f"[{Frac(5, 3):>6}] [{Frac(-1, 2):<6}] [{Frac(7):^5}]")

A = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
B = Matrix.identity(3)
print(A.shape, A[1, 2], A.det())
print(A + B)
print(A - B == Matrix([[1, 1, 1], [1, 2, 2], [1, 0, -1]]))
print(2 * A == A * 2, A * Frac(1, 2))
inv = A.inverse()
print(inv)
print(A @ inv == Matrix.identity(3), inv.det() == 1 / A.det())
F = Matrix([[1, 1], [1, 0]])
print([(F ** k)[0, 1] for k in range(1, 15)])
print((F ** 90)[0, 1])
C = Matrix([[1, 2, 3], [4, 5, 6]])
print(C.T(), list(C), sep="\n")
C @= Matrix([[1], [0], [Frac(1, 2)]])
print(repr(C))
for bad in [lambda: A + C, lambda: C @ C, lambda: Matrix([[1], [2, 3]]),
            lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: {A}, lambda: A @ 3,
            lambda: A * A, lambda: Frac(1, 0), lambda: Frac(1) + 0.5]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, "-", e)
