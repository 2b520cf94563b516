# float presentation types e, E, f, F, g, G, % and none, with precisions
vals = (0.0, 1.0, 3.14159265, -0.5, 123456.789, 1.5e-7, 6.02214076e23, 100.0)
for v in vals:
    print(repr(v), '|', format(v, 'e'), format(v, '.2E'), format(v, 'f'), format(v, '.1F'), format(v, 'g'),
          format(v, '.2G'), format(v, '%'), format(v, '.1%'), format(v, ''), format(v, '.3'), format(v, '10.4'))
print(format(1e16, ''), format(1e16, '.17'), format(123.0, '.0'), format(0.1, '.0'), format(9.5, '.1'))
