# the '#' option: prefixes for integers, kept decimal point and trailing zeros for floats
for v in (0, 10, -10, 255):
    print(format(v, '#b'), format(v, '#o'), format(v, '#x'), format(v, '#X'), format(v, '#010x'), format(v, '#_b'))
for v in (1.0, 2.5, 100.0, 1e-5):
    print(format(v, 'g'), format(v, '#g'), format(v, '.0f'), format(v, '#.0f'), format(v, '.0e'), format(v, '#.0e'), format(v, '#.3'))
try:
    format('s', '#')
except ValueError as e:
    print('ValueError:', e)
print(format(10, '#d'), format(10, '#'), f'{255:#x}', '{:#o}'.format(8))
