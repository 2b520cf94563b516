# float subclasses
class F(float):
    def __repr__(self): return f'F<{float(self)}>'
x = F(1.5)
print(x, repr(x), str(x), [x], type(x + 1).__name__, x + 1, x * 2, -x)
print(x.is_integer(), x.as_integer_ratio(), x == 1.5, int(x), round(x))
class Meters(float):
    unit = 'm'
    def __str__(self): return f'{float(self)}{self.unit}'
m = Meters(3)
print(m, f'{m}', f'{m:.2f}', format(m, ''), '%s' % m)
print(Meters('2.5'), Meters.fromhex('0x1p3'), type(Meters.fromhex('0x1p3')).__name__)
class C(complex): pass
c = C(1, 2)
print(c, type(c + 1).__name__, c.real, c.imag, c.conjugate())
