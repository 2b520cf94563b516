# Iteration order of sets of ints and floats (CPython's hash-table layout) after adds, discards and set operations.
print({3, 1, 2}, {10, 100, 1000, 5, 33, 64, 8}, {-1, -2, 7, 2**40, 2**61, 2**64}, set(range(20, 0, -3)))
s = set()
for i in [100, 3, 77, 1024, 5, 9, 17, 33, 65, 129, 257]: s.add(i)
print(s)
for i in [3, 1024, 65]: s.discard(i)
print(s); s.add(2048); s.add(3); print(s)
print({1.5, 2.5, 0.5, -1.0, 1e10}, {True, 0, 2, 1.0}, {(1, 2), (2, 1), (0,)} == {(0,), (1, 2), (2, 1)}, frozenset([9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 100]))
big = set(range(0, 200, 7)); print(big)
print({x * 37 % 101 for x in range(30)})
a = {1, 2, 3, 40, 50}; b = {3, 40, 99, 1000}
print(a | b, a & b, a - b, a ^ b, b | a, b & a, b ^ a)
print(list({None: 1}.keys()), {None, 1, 2} == {1, 2, None}, sorted({None, 1} - {1}, key=str))
d = {}
for k in [5, 3, 9, 1]: d[k] = k
del d[3]; d[3] = 'again'; d[0] = 0
print(d, list(d), {k: v for k, v in sorted(d.items(), key=lambda kv: str(kv[1]))})
s = set(range(10)); s.pop(); s.pop(); print(s, s.pop())
s = {5, 6, 7}; s.update(range(100, 150, 10)); print(s, len(s))
print(set([0, 8, 16, 24, 32]), set([32, 24, 16, 8, 0]), {1 << 30, 1 << 31, 1 << 32, 1 << 33})
print({-5, -4, -3, -2, -1}, {-1, -2}, {hash(-1), hash(-2)})
