# 'n' (number) type: like 'd' for ints and 'g' for floats in the C locale
for v in (0, 1234567, -42, 10 ** 20):
    print(format(v, 'n'), format(v, '10n') + '|', format(v, 'd') == format(v, 'n'))
for v in (1234.5678, 0.00001234, 1e20, 2.5):
    print(format(v, 'n'), format(v, '.3n'), format(v, 'g') == format(v, 'n'), format(v, '.3g') == format(v, '.3n'))
try:
    format('s', 'n')
except ValueError as e:
    print('ValueError:', e)
