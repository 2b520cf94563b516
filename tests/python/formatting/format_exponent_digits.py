# exponents always have a sign and at least two digits
for v in (1e5, 1e-5, 1e100, 1e-100, 1.5e300, 2.5e-310, 1e0, 123e45):
    print(repr(v), format(v, 'e'), format(v, '.0e'), format(v, 'E'), format(v, 'g'), '%e' % v, f'{v:.2e}')
print(format(10 ** 100, 'e'), format(-10 ** 5, '.1e'), format(0, 'e'), format(0.0, 'E'))
