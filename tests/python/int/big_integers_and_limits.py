# Big integers: int/str digit limit, mixed float arithmetic, overflow errors, bit operations, int() parsing.
x = 10 ** 4299
print(len(str(x)))
try: str(10 ** 4300)
except ValueError as e: print(e)
try: int('1' * 4301)
except ValueError as e: print(e)
print(len(hex(10 ** 5000)), int('1' * 4300) % 97)
print(f'{2**64:,}', 2**64 // 3, -(2**64) // 3, (2**64) % -3, divmod(-(2**100), 7), (-2**100) >> 3, (2**100) & -(2**50), ~(2**70), -(2**70) | 5, (2**70) ^ -1)
print(pow(3, 2**70, 10**9 + 7), pow(-3, 3), pow(2, -2), pow(-8, 1/3) if False else 0, (-2) ** 0.5, 2 ** 0.5, 10 ** -2, (-1) ** 2**70)
print(int(1e20), int(-1.5e19), float(2**1023), round(2**70 / 3), 2**70 / 2**69, (2**1100) // (2**1000), 10**30 / 10**10)
try: float(2**1024)
except OverflowError as e: print(e)
try: 2**1024 / 1
except OverflowError as e: print(e)
try: 1.0 * 2**1024
except OverflowError as e: print(e)
print((2**1024) / (2**1020), (10**400) // (10**399), 10**400 > 1e308, 10**400 < float('inf'), 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53))
print(int.bit_length(-2**100), (2**100).to_bytes(13, 'big').hex(), int.from_bytes(b'\xff' * 20, 'big', signed=True), (12345678901234567890).bit_count())
print(abs(-2**200) == 2**200, hash(2**200) == hash(2**200 % (2**61 - 1)), max(2**100, 1.0), sum(range(10**6)), 7 ** 77 % 1000)
import sys
print(sys.maxsize, sys.get_int_max_str_digits() if hasattr(sys, 'get_int_max_str_digits') else '')
print(round(10**20 + 0.5), round(123456789, -3), round(-123456789, -10), round(2**70, -20))
print(int('  -0b1010  ', 0), int('0o777', 0), int('0_7', 0) if False else int('07', 8), int('١٢٣'), float('١.٥'), int('+12'), int('1_2_3'))
for s in ['0x', '1__2', '_1', '1_', '0b2', '08']:
    try: print(int(s, 0))
    except ValueError as e: print(e)
print(1 if 10**20 else 0, bool(0 * 10**20), -0 == 0, 0 ** 0, 0.0 ** 0, (-2) ** -1, 5 // -2, 5 % -2, -5 // 2, -5 % 2, 5.0 // -2, 5.0 % -2.0, 1e300 % 7, -1e-300 % 1.0)
