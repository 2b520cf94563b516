# format() of ints, floats, strings and complex numbers against a grid of format specs.
vals = [0, 1, -1, 7, 255, -255, 123456789, 10**20, True, 0.0, -0.0, 1.5, -2.5, 3.14159265, 1e-7, 1e16, 123456.789, float('inf'), float('-inf'), float('nan'), 1e100, 5e-324, 0.1, 1/3, 2.675, 100.0, 12345678.9]
specs = ['', 'd', 'x', 'X', 'o', 'b', 'c', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0f', '.1f', '.3e', '.2g', '.10g', '#g', '#.0f', '#.0e', '#x', '#o', '#b', '+', ' ', '-', '10', '<10', '>10', '^10', '=10', '010', '+010', '010.2f', ',', '_', ',.2f', '_.3f', '_x', '_b', ',d', 'z.1f', 'z', '.0%', '10.3', '.3', '#', '#10.3g', '*^12,.1f', '0>8', '0<8', '0=+10.1e', '.20f', '.17g', '.0e', '#.3g', '-^9', ' .2f', '.1g', '#.1g', 'g<8', '10_', '012,']
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            row.append(f'{type(e).__name__}:{e}')
    print(repr(v), '|'.join(row))
for v in ['abc', '', 'ü']:
    for s in ['', 's', '5', '<5', '>5', '^5', '.1', '5.2', 'x<5', '=5', '+', ',', '05', 'd', '#']:
        try: print(repr(v), repr(s), repr(format(v, s)))
        except (ValueError, TypeError) as e: print(repr(v), repr(s), type(e).__name__, e)
for v in [1+2j, -1.5-0j, 1e20j, complex('nan+infj')]:
    for s in ['', 'g', '.2f', '10', '<20', 'e', '+.1f', '#', '=20', '020', 'z']:
        try: print(repr(v), repr(s), repr(format(v, s)))
        except (ValueError, TypeError) as e: print(repr(v), repr(s), type(e).__name__, e)
