# Pseudo-random big-int true division, float conversion, float floor division/modulo/divmod/round, with a checksum.
seed = 7
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
lines = []
for i in range(1500):
    a = rnd() ** ((rnd() % 4) + 1) * (-1 if rnd() & 1 else 1)
    b = rnd() >> (rnd() % 64) or 3
    fa = a / 3.7e5
    fb = (rnd() % 10**8) / 1e3 + 0.001
    try: t1 = repr(a / b)
    except OverflowError: t1 = 'ovf'
    try: t2 = repr(float(a))
    except OverflowError: t2 = 'ovf'
    lines.append(f'{t1} {t2} {a // b} {a % b} {fa % fb!r} {fa // fb!r} {divmod(fa, -fb)!r} {round(fa, 3)!r} {round(fb)!r} {fa / fb!r} {int(fb * 1e6)} {str(fb)} {b / 7!r} {(a % 1000) / (b % 997 + 1)!r}')
h = 0
for line in lines:
    for ch in line:
        h = (h * 31 + ord(ch)) % 2**61
print(h)
print('\n'.join(lines[:100]))
