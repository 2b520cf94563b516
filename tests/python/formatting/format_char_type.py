# the 'c' presentation type converts integers to characters
for v in (65, 97, 48, 32, 0x3b1, 0x1F40D, 0x10FFFF):
    print(v, repr(format(v, 'c')), repr(format(v, '>3c')), repr(format(v, '*^5c')))
print(f'{10:c}' == '\n', '{:c}{:c}'.format(79, 75), '%c' % 9 == '\t')
for bad in (-1, 0x110000):
    try:
        format(bad, 'c')
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ':', e)
for bad in ('+c', '#c', ',c', '.2c'):
    try:
        format(65, bad)
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
