# int(str, base) for every base, base 0 prefixes, underscores, whitespace, signs and errors
for base in range(2, 37):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'[:base]
    print(base, int(digits[-1] * 3, base), int('10', base), int(digits.upper()[-1], base))
print(int('0b1010', 0), int('0o17', 0), int('0x1F', 0), int('1_000', 0), int('0', 0), int('00', 0), int(' -0x_ff ', 0))
print(int('0b101', 2), int('0o17', 8), int('0X1f', 16), int('  +42\n'), int('-0'), int('1_2_3'), int('١٢', 10))
bad_cases = [('010', 0), ('1__0', 10), ('_1', 10), ('1_', 10), ('0x', 16), ('12', 2), ('z', 35), ('', 10), (' ', 10),
             ('1 2', 10), ('0b2', 0), ('1.0', 10), ('++1', 10)]
for s, base in bad_cases:
    try:
        int(s, base)
    except ValueError as e:
        print('ValueError:', e)
for base in (1, 37, -1):
    try:
        int('1', base)
    except ValueError as e:
        print('ValueError:', e)
try:
    int(12, 10)
except TypeError as e:
    print('TypeError:', e)
print(int(b'42'), int(bytearray(b'-7')), int(b'ff', 16), int(3.99), int(-3.99), int(True), int('7' * 30))
