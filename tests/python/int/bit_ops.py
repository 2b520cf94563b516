# bitwise operators and shifts, including negatives
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-12 & 0xFF, -1 & 0xFFFF, -12 | 3, -12 ^ 5)
print(1 << 0, 1 << 10, 1 << 100)
print(1024 >> 3, -1024 >> 3, -1 >> 10, -5 >> 1, 5 >> 1)
print((1 << 100) >> 98, (1 << 64) - 1)
print((2 ** 100 + 5) & 7, (2 ** 100) | 1 == 2 ** 100 + 1)
print(~(2 ** 70))
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-255).bit_length())
print(bin(-10), hex(-255), oct(-8))
print(True & 1, True | 2, True ^ True, ~True)
