# the '%' presentation type multiplies by 100 and appends a percent sign
for v in (0, 1, 0.5, 0.12345, -0.004, 1.23456789, 2 / 3, 1e-9, 12):
    print(repr(v), format(v, '%'), format(v, '.0%'), format(v, '.2%'), format(v, '>10.1%'), format(v, '+.3%'), format(v, ',.1%'))
print(f'{0.256:.1%} done', '{:%}'.format(True), f'{-0.0:.0%}', f'{float("inf"):%}')
