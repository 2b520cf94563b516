# repr, str and format of complex numbers
vals = [1 + 2j, -1 - 2j, 2j, -2j, 0j, complex(0, -0.0), complex(-0.0, 0), complex(1.5, 0), complex(float('inf'), float('nan')),
        complex(1e20, 1e-20), 1j * 1j, (1 + 2j) / (3 - 4j)]
for c in vals:
    print(repr(c), str(c))
c = 3.14159 - 2.71828j
print(format(c, ''), format(c, '.2f'), format(c, '>25.3e'), format(c, '+.1f'), format(c, 'g'), format(c, '^20'))
print(f'{c:.3}', f'{1+0j}', f'{1+0j:.1f}', f'{c.real:.2f}|{c.imag:.2f}', f'{c=}')
print('%s %r' % (c, c))
try:
    '%f' % c
except TypeError as e:
    print('TypeError:', e)
try:
    format(c, 'd')
except ValueError as e:
    print('ValueError:', e)
