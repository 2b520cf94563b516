# Pseudo-random list mutations (slice assignment with steps, insert/pop/remove), tuple slicing and dict deletion.
seed = 9
def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n
out = []
for i in range(1500):
    l = list(range(rnd(8)))
    a = rnd(14) - 7; b = rnd(14) - 7; c = rnd(7) - 3 or None
    v = list('xyz'[:rnd(4)])
    ops = [lambda: l.__setitem__(slice(a, b, c), v), lambda: l.__delitem__(slice(a, b, c)), lambda: l.insert(a, 'i'), lambda: l.pop(a), lambda: l.__setitem__(a, 's'), lambda: l.__delitem__(a),
           lambda: l.extend(v), lambda: l.remove(a), lambda: l.index(a, b), lambda: l.__imul__(rnd(3)), lambda: l.reverse(), lambda: l.sort(key=lambda x: -x if isinstance(x, int) else 0, reverse=bool(a & 1))]
    op = ops[rnd(len(ops))]
    try: r = repr(op())
    except Exception as e: r = type(e).__name__ + ':' + str(e)
    t = tuple(l)
    try: r2 = repr(t[a:b:c]) + repr(t.index(a) if a in t else t.count(b))
    except Exception as e: r2 = type(e).__name__ + ':' + str(e)
    d = {k: k * 2 for k in range(rnd(6))}
    try:
        if a > 0: del d[b]
        else: d.pop(b)
        r3 = repr(d)
    except Exception as e: r3 = type(e).__name__ + ':' + str(e)
    out.append(f'{r} {l} {r2} {r3}')
print('\n'.join(out))
