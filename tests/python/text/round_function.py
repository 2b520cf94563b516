# round(): banker's rounding for ints and floats, negative ndigits, return types, special values
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.5), round(-2.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-1.25, 1), round(1.35, 1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(5, -1))
print(round(1234.5678, -2), round(1234.5678, 1), round(1234.5678, 0), round(1234.5678), round(1234.5678, None))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(7, 2)).__name__, type(round(True)).__name__)
print(round(10 ** 20 + 5, -1), round(1e300, 2), round(1e-300, 300), round(0.1, 50), round(5e-324, 400))
print(round(float('inf'), 2), round(float('nan'), 1), round(-0.4), round(-0.0, 1))
for v in (float('inf'), float('nan')):
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    round('1.5')
except TypeError as e:
    print('TypeError:', e)
