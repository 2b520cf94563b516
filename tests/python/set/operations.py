# set algebra on int sets
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7], (8,)), a.intersection(range(3)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a > a)
print({1, 2}.issubset(a), a.issuperset({4}), a.isdisjoint({9, 10}), a.isdisjoint(b))
c = set(a)
c |= {9}; print(c)
c &= {1, 9, 2}; print(c)
c -= {1}; print(c)
c ^= {2, 3}; print(c)
print(a == {4, 3, 2, 1}, a != b, sorted(a ^ b, reverse=True))
print(frozenset({1, 2}) == {1, 2}, frozenset([3, 3]), {frozenset({1}): 'key'})
