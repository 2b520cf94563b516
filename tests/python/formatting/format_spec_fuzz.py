# format() with pseudo-random format specs over ints, floats, complex numbers and strings, errors included.
seed = 3
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
vals = [0, 7, -42, 123456789, 2**70, True, 0.0, -0.0, 3.5, -1234.5678, 1e-9, 1e22, float('inf'), float('nan'), 1+2j, -0.5j, 'text', '', 'ü']
fills = ['', '', '*', '0', ' ', 'x', '<', '{']
out = []
for i in range(3000):
    spec = ''
    f = fills[rnd(len(fills))]
    al = ['', '<', '>', '^', '='][rnd(5)]
    if al: spec += f + al
    spec += ['', '+', '-', ' '][rnd(4)]
    spec += ['', 'z'][rnd(2) if rnd(5) == 0 else 0]
    spec += ['', '#'][rnd(2)]
    spec += ['', '0'][rnd(2)]
    spec += ['', '5', '12', '1'][rnd(4)]
    spec += ['', ',', '_'][rnd(3)]
    spec += ['', '.0', '.2', '.10'][rnd(4)]
    spec += ['', 'd', 'x', 'X', 'o', 'b', 'c', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 's', 'r'][rnd(17)]
    v = vals[rnd(len(vals))]
    try: r = repr(format(v, spec))
    except Exception as e: r = type(e).__name__ + ':' + str(e)
    out.append(f'{v!r} {spec!r} {r}')
print('\n'.join(out))
