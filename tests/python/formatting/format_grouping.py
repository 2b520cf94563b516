# grouping with ',' and '_' for decimal, binary, octal and hex, and for floats
for v in (0, 999, 1000, -1234567, 10 ** 20):
    print(format(v, ','), format(v, '_'), format(v, '_x'), format(v, '_b')[-14:], format(v, '_o'), format(v, '20,'))
for v in (1234.5678, -9876543.21, 1e21, 0.000123):
    print(format(v, ',.2f'), format(v, '_.3f'), format(v, ',e'), format(v, ',g'), format(v, ','))
for bad in ((255, ',x'), (5, ',b'), ('abc', ','), (1, ',_'), (1, '_,'), (1, ',c'), (1.5, ',n')):
    try:
        print(format(*bad))
    except ValueError as e:
        print('ValueError:', e)
print(f'{123456789:,d}', '{:_}'.format(12345.6789), f'{-1000:=+12,}')
