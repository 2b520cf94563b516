# correctly rounded decimal conversion: halfway cases depend on the exact binary value
for v, spec in ((2.675, '.2f'), (1.005, '.2f'), (0.125, '.2f'), (0.375, '.2f'), (2.5, '.0f'), (3.5, '.0f'),
                (0.5, '.0f'), (1.5, '.0f'), (-0.5, '.0f'), (-2.5, '.0f'), (1.45, '.1f'), (1.55, '.1f'),
                (0.045, '.2f'), (1e-5, '.4f'), (5e-5, '.4f'), (15e-5, '.4f'), (9.995, '.2f'), (99.995, '.2f'),
                (1234.5, '.0f'), (0.1, '.25f'), (1 / 3, '.20f'), (2 ** -30, '.40f'), (123456789.125, '.2f')):
    print(f'{v!r:>24} {spec:>5} -> {format(v, spec)}')
print(format(0.1, '.55f'))
print(format(2 ** 0.5, '.30e'), format(1e23, 'f'), format(2 ** 63, '.1f'))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), '%.2f' % 2.675, '{:.2f}'.format(2.675))
