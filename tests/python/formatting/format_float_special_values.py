# inf, nan and signed zero under every float presentation type
vals = (float('inf'), float('-inf'), float('nan'), -0.0, 0.0)
for v in vals:
    print(repr(v), [format(v, t) for t in ('', 'f', 'F', 'e', 'E', 'g', 'G', '%', '.2f', '+', '010', '010.2f', ',', '^9', '*>9')])
print(str(float('nan')), repr(float('-nan')), str(-float('inf')), repr(-0.0), str(0.0 * -1))
print(f'{float("inf"):.3}', f'{float("nan"):#g}', '%.1f %e' % (float('inf'), float('-nan')))
