# formatting floats with format specs and str.format
x = 1234.56789
print(format(x, '.2f'), format(x, '10.1f'), format(x, 'e'), format(x, '.3g'))
print(format(x, ',.2f'), format(-x, '+.1f'), format(x, '015.3f'))
print(format(0.000012345, 'g'), format(123456789.0, 'g'), format(1e16, 'g'))
print(format(1.0, 'g'), format(100.0, '.0f'), format(0.5, '.0f'), format(1.5, '.0f'))
print('{:.3f} {:8.2e} {:>8}'.format(3.14159, 31415.9, 2.5))
print('%.2f %5.1f %e %g' % (2.345, 9.99, 12.5, 0.0001))
print(str(1e100), str(1.5e-10), str(123.0), str(-1e-7))
print(f'{2/3:.10f} {2/3:.17g} {2/3}')
print(format(12.0, ''), format(1e22, ''), format(0.1, '.20f'))
