# bit_length, bit_count, as_integer_ratio, numerator/denominator, real/imag, conjugate
for v in (0, 1, -1, 7, 8, -8, 255, 2 ** 100, -(2 ** 100), True):
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.numerator, v.denominator, v.real, v.imag, v.conjugate())
print((12).__index__(), int.__index__(5), (-5).__abs__(), (5).__neg__(), (6).__floordiv__(4), (6).__rtruediv__(3))
print(bin(-37), (-37).bit_length(), (-37).bit_count(), (-37) & 0xFF, ~37, -37 >> 2, -37 << 3)
