# Pseudo-random arguments to str/bytes methods and slicing (a deterministic generator), printed with a checksum.
seed = 5
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
alpha = 'ab \t\nxAB.,-'
out = []
for i in range(1500):
    s = ''.join(alpha[rnd(len(alpha))] for _ in range(rnd(12)))
    t = ''.join('ab. '[rnd(4)] for _ in range(rnd(3)))
    a = rnd(20) - 10; b = rnd(20) - 10; c = rnd(7) - 3 or 1
    res = []
    for expr in [lambda: s.split(t or None, a), lambda: s.rsplit(t or None, a), lambda: s.find(t, a, b), lambda: s.rfind(t, a, b), lambda: s.count(t, a, b),
                 lambda: s[a:b:c], lambda: s.replace(t, 'R', a), lambda: s.strip(t or None), lambda: s.expandtabs(abs(a)), lambda: s.startswith(t, a, b), lambda: s.endswith(t, a, b),
                 lambda: s.partition(t), lambda: s.rpartition(t), lambda: s.splitlines(a > 0), lambda: s.center(abs(a) + 3, '*'), lambda: s.index(t, a, b), lambda: s.title(), lambda: s.zfill(abs(b)),
                 lambda: list(range(a, b, c))[a:b], lambda: [1, 2, 3, 4, 5][a:b:c], lambda: s.encode()[a:b:c], lambda: bytearray(s.encode()).split(t.encode() or None, a)]:
        try: res.append(repr(expr()))
        except Exception as e: res.append(type(e).__name__ + ':' + str(e))
    out.append(' | '.join(res))
h = 0
for line in out:
    for ch in line:
        h = (h * 31 + ord(ch)) % 2**61
print(h)
print('\n'.join(out[:200]))
