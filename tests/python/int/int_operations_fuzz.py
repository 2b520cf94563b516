# Pseudo-random big ints through bit operations, shifts, division, pow with modulus, conversions and formatting, with a checksum.
seed = 21
def rnd():
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return seed
out = []
for i in range(3000):
    a = (rnd() >> (rnd() % 64)) * (-1 if rnd() & 1 else 1) * (rnd() ** (rnd() % 3))
    b = (rnd() >> (rnd() % 64)) * (-1 if rnd() & 1 else 1)
    s = rnd() % 200
    res = []
    for f in [lambda: a & b, lambda: a | b, lambda: a ^ b, lambda: a << s, lambda: a >> s, lambda: ~a, lambda: a // (b or 1), lambda: a % (b or 1), lambda: divmod(a, b or 1),
              lambda: pow(a, 3, b or 1), lambda: pow(a % 1000, s % 7), lambda: a.bit_length(), lambda: a.bit_count(), lambda: hash(a), lambda: str(a)[:30], lambda: hex(a)[:30], lambda: oct(b), lambda: bin(b)[:40],
              lambda: a.to_bytes(40, 'big', signed=True)[-5:], lambda: int.from_bytes(b.to_bytes(9, 'little', signed=True), 'big'), lambda: round(a, -(s % 30)), lambda: a * b, lambda: (a + b) * (a - b), lambda: a / (b or 1),
              lambda: float(a) if abs(a) < 2**1000 else 0, lambda: int(float(b)), lambda: a == float(a) if abs(a) < 2**1000 else 0, lambda: a < b, lambda: f'{a:,}'[:20], lambda: f'{b:_x}', lambda: pow(a, -1, b) if b else 0]:
        try: res.append(repr(f()))
        except Exception as e: res.append(type(e).__name__ + ':' + str(e))
    out.append(' '.join(res))
h = 0
for line in out:
    for ch in line:
        h = (h * 31 + ord(ch)) % 2**61
print(h)
print('\n'.join(out[:60]))
