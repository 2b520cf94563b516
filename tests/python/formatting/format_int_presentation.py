# integer presentation types b, c, d, o, x, X, n and none, plus floats types applied to ints
for v in (0, 1, 65, -65, 1000, 2 ** 64):
    row = [format(v, t) for t in ('b', 'd', 'o', 'x', 'X', 'n', '')]
    print(v, row)
print(format(65, 'c'), format(0x263A, 'c'), format(10, '^5c') + '|')
for t in ('e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', '.3e'):
    print(t, format(10, t), format(-3, t), format(10 ** 20, t))
for bad in ((5, 's'), (5, '.2'), (5, '.2d'), (-1, 'c'), (0x110000, 'c'), (5, 'q'), (1.5, 'd'), (1.5, 'x'), ('s', 'd')):
    try:
        print(format(*bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ':', e)
