# Ranges at and beyond the bounds of 64-bit integers: lengths, ends, slices, membership.
import sys
M = sys.maxsize
cases = [(0,), (5,), (-3,), (1, 10), (10, 1), (1, 10, 3), (10, 1, -3), (0, 10, 100), (-M - 1, M), (-M - 1, M, 2),
         (M - 5, M), (M - 5, M + 5), (-M - 1, -M + 3), (0, M, M), (M, -M - 1, -1), (M, -M - 1, -M - 1), (3, 3), (3, 2, -1),
         (0, 2**64, 2**62), (-2**64, 0, 2**63)]
for c in cases:
    r = range(*c)
    try:
        n = len(r)
    except OverflowError as e:
        n = str(e)
    print(c, n, r[0] if r else None, r[-1] if r else None, list(r[:3]), (M in r), r.count(0))
for c in [(0, 5), (7, -7, -3)]:
    for _ in range(3):
        print(list(range(*c)), sum(range(*c)))
