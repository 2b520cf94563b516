# Sorting tuples and by tuple keys: ints and strs decide fast, other items (floats, bools, None, nan) as usual.
rows = [((i * 7919) % 1000, str((i * 31) % 97), i % 3) for i in range(200000)]
print(sorted(rows)[:3], sorted(rows, reverse=True)[:2])
print(sorted(rows, key=lambda r: (r[2], r[0]))[:3])
mix = [(1, "a"), (1.0, "b"), (True, "c"), (1, 2.5), (0, None)]
try:
    print(sorted(mix))
except TypeError as e:
    print("TypeError:", e)
print(sorted([(1, 2), (1,), (1, 2, 3), (0, 9)]))
print(sorted([(float("nan"), 1), (1.0, 2), (0.5, 3)]))
