# %e, %E, %f, %F, %g, %G with precision and flags
for v in (0.0, 1.5, -2.25, 12345.6789, 0.000123456, 1e22, 1e-10, 123456789.0):
    print('%e|%E|%f|%F|%g|%G' % (v, v, v, v, v, v))
    print('%.2e|%.0f|%.3g|%#.3g|%#.0f|%+.1f|% .1f|%010.2f|%-10.2f|' % (v, v, v, v, v, v, v, v, v))
for v in (float('inf'), float('-inf'), float('nan')):
    print('%f|%F|%e|%E|%g|%G|%5.1f|%-6f|' % (v, v, v, v, v, v, v, v))
print('%f' % 5, '%e' % 10 ** 20, '%g' % 2 ** 60)
