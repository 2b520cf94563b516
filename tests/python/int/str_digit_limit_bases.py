# The 4300-digit limit on int/str conversions applies to every base that is not a power of two, and follows
# sys.set_int_max_str_digits().
import sys
for base in (3, 10, 36, 16, 2, 8, 0):
    for s in ['1' * 4301, '1' * 4300]:
        try:
            v = int(s, base)
            print(base, len(s), "ok", v.bit_length())
        except ValueError as e:
            print(base, len(s), e)
try:
    str(10 ** 4300)
except ValueError as e:
    print(e)
print(len(hex(10**5000)), len(bin(3**5000)), len(oct(7**3000)))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(len(str(10**4500)), int('9' * 4900) % 7)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**10000)))
