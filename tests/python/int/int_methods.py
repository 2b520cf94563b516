# methods and attributes on int
n = 42
print(n.bit_length(), n.real, n.imag, n.numerator, n.denominator)
print(n.conjugate(), (-n).__abs__(), n.__neg__())
print((10).bit_count(), (255).bit_count(), (-7).bit_count())
print(int.__name__, isinstance(n, int), isinstance(True, int))
print((7).__add__(3), (7).__floordiv__(2), (7).__mod__(3))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(5, 0))
print((17).__index__(), [10, 20, 30][True])
print(divmod(100, 7), abs(-0), -0)
print(n.as_integer_ratio(), (2**70).as_integer_ratio())
