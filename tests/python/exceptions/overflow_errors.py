# OverflowError from float arithmetic and int-to-float conversions
for expr in ('10.0 ** 400', '2.0 ** 10000', 'float(10 ** 400)', '10 ** 400 / 1', '1e308 * 10', 'int(float("inf"))', '(10 ** 400) * 1.0'):
    try:
        print(expr, '=', eval(expr))
    except (OverflowError, ValueError) as e:
        print(expr, '->', type(e).__name__, e)
print(1e308 * 10, -1e308 * 10)
try:
    chr(2 ** 40)
except OverflowError as e:
    print('OverflowError:', e)
try:
    [0] * (2 ** 70)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
