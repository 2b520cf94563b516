# very large and very small floats in every presentation
for v in (5e-324, 2.2250738585072014e-308, 1e-300, 1.7976931348623157e308, 1e300, 1e-7, 123456789012345678.0):
    print(repr(v), str(v), format(v, 'e'), format(v, '.3g'), format(v, '.0e'), len(format(v, 'f')))
print(format(1.7976931348623157e308, '.0f')[:20], len(format(1.7976931348623157e308, 'f')))
print(format(5e-324, '.330f')[-12:], format(1e-300, '.3f'))
print(float('1e309'), float('-1e309'), 1e308 * 10, float('1e-400'), -float('1e-400'))
print(repr(2.0 ** 1023 * 1.9999999999999998), repr(2.0 ** -1074), 2.0 ** -1075)
