# very big ints; CPython 3.11 limits int<->str conversion to 4300 digits by default
import sys
n = 2 ** 100000
print(n.bit_length(), n % 1000000007, n % 10 ** 9)
try:
    s = str(n)
except ValueError as e:
    print('ValueError:', e)
digits = 0
m = n
while m:
    m //= 10 ** 1000
    digits += 1000
print('digits are at most', digits)
print(len(str(2 ** 14000)))
sys.set_int_max_str_digits(0)
s = str(n)
print('digits:', len(s), 'first:', s[:12], 'last:', s[-12:])
print(sum(int(c) for c in s))
f = 1
for i in range(2, 2001):
    f *= i
print('2000! has', len(str(f)), 'digits, trailing zeros:', len(str(f)) - len(str(f).rstrip('0')))
print(int('7' * 10000) % 97, (3 ** 5000).bit_length())
