vals = [0, 1, -1, 7, -7, 255, -255, 2**63-1, -2**63, 2**63, -2**63-1, 10**20, 123456789, True, False]
specs = ['', 'd', '06d', '+d', ' d', 'x', '#x', 'X', '#X', '#o', 'b', '#b', ',', '_', '_x', '08,d', '=+10d', '^9', '<5d', '*>12,d', '010_x', '#010b', 'c', 'n', '.2', 'e', '.3f', '%', 'z']
for v in vals:
    for sp in specs:
        try:
            print(repr(sp), repr(format(v, sp)))
        except Exception as e:
            print(repr(sp), type(e).__name__, e)
fl = [0.0, -0.0, 0.5, -0.5, 1.5, 2.5, 2.675, 0.125, -0.04, 1e14, 1e15, 1e16, 123.456, 1e-300, float('inf'), float('nan'), -1.005]
for v in fl:
    for sp in ['.0f', '.1f', '.2f', '.3f', '.4f', '#.0f', 'z.1f', '+.2f', '010.3f', ',.2f', '.1%', '.2g']:
        print(repr(sp), format(v, sp))
i = 12345
print(f"item-{i:06d}:{i % 97}:{i * 0.5:.1f}")
