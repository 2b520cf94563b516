# repr round-trips; .17g always round-trips; fewer digits may not
vals = [0.1, 1 / 3, 2 / 3, 1e-10 / 3, 123.456, 2 ** 0.5, 1e23, 5e-324, 0.1 + 0.7]
for v in vals:
    r = repr(v)
    g17 = format(v, '.17g')
    g15 = format(v, '.15g')
    print(f'{r:>24} {g17:>24} {float(r) == v} {float(g17) == v} {float(g15) == v}')
print(float(repr(2 ** -1074)) == 5e-324, float('0.1') + float('0.2') == float('0.30000000000000004'))
