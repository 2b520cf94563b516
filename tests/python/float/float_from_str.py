# float() accepts many spellings
for s in ['1', '1.5', '-2.25', '  3.0  ', '+4', '1e3', '1E-3', '.5', '5.', '1_000.5',
          'inf', '-INF', 'Infinity', 'nan', '-nAn', '00012.500', '1e500', '-1e-500']:
    print(repr(s), '->', float(s))
for bad in ['', 'abc', '1.2.3', '1e', '0x10', '1__0', 'in f', '_1']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
print(float(), float(7), float(True), float(2 ** 60), float(-0))
