# sign options +, - and space, and the 3.11 'z' option that normalises negative zero
for v in (5, -5, 0, 2.5, -2.5, 0.0, -0.0, float('inf'), float('-inf'), float('nan')):
    print(repr(v), '[' + format(v, '+') + ']', '[' + format(v, '-') + ']', '[' + format(v, ' ') + ']',
          '[' + format(v, '+8') + ']', '[' + format(v, ' 08') + ']')
for v in (-0.0, -0.001, 0.001, -1e-10):
    print(repr(v), format(v, '.2f'), format(v, 'z.2f'), format(v, '+z.1f'), format(v, 'z.0e'))
try:
    format(1, 'z')
except ValueError as e:
    print('ValueError:', e)
