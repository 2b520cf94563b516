# __int__, __float__, __complex__, __round__, __abs__, __neg__, __pos__, __invert__, __trunc__
class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'Num({self.v})'
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __round__(self, n=None):
        return ('round', n)
    def __abs__(self): return Num(abs(self.v))
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return Num(+self.v + 0.5)
    def __invert__(self): return ('invert', self.v)
    def __trunc__(self): return 'trunc'
n = Num(-3.7)
print(int(n), float(n), complex(n))
print(round(n), round(n, 2), abs(n), -n, +n, ~n)
class OnlyTrunc:
    def __trunc__(self): return 9
try:
    print(int(OnlyTrunc()))
except TypeError as e:
    print('TypeError:', e)
class OnlyIndex:
    def __index__(self): return 4
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()))
class BadInt:
    def __int__(self): return 'x'
try:
    int(BadInt())
except TypeError as e:
    print('TypeError:', e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print('TypeError:', e)
for f in (int, float, abs, round):
    try:
        f(object())
    except TypeError as e:
        print('TypeError:', e)
try:
    -object()
except TypeError as e:
    print('TypeError:', e)
try:
    ~1.5
except TypeError as e:
    print('TypeError:', e)
