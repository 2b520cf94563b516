# the general format: scientific when exp < -4 or exp >= precision; trailing zeros stripped
for v in (0.0001, 0.00001, 0.000123456, 123456.0, 1234567.0, 1e15, 1e16, 99999.5, 999999.5, 0.5, 10.0, 1e100):
    print(repr(v), format(v, 'g'), format(v, '.1g'), format(v, '.3g'), format(v, '.10g'), format(v, '#.3g'), format(v, 'G'))
for p in range(0, 6):
    print(p, format(12.3456, f'.{p}g'), format(0.0012345, f'.{p}g'), format(1234.5, f'.{p}g'))
print(format(100, 'g'), format(10 ** 7, 'g'), format(123456789, '.3g'))
