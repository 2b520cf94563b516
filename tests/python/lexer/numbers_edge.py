# Numeric literal edge cases next to attribute access
print(1 .real, (1).imag, 1.0.real)
print((0x10).bit_length(), 0x10 .bit_length())
print(1 if True else 2)
print(1_000 == 1000, 0b1_0 == 2)
print(1e1_0 == 1e10)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3)
print(1 +1, 1-1, 1 *-1)
