# sets are partially ordered by inclusion
a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == {2, 1}, a != b)
print(a < c, a > c, a == c, a <= c, sorted([b, a, c], key=len))
print({1, 2} == frozenset({1, 2}), frozenset({1}) < {1, 2}, set() < a, set() <= set(), {0} == {False}, {1.0} == {1})
try:
    sorted([{1}, {2}, {1, 2}])
    print('sorted with partial order does not raise')
except TypeError as e:
    print('TypeError:', e)
print(a.issubset(b), b.issuperset(a), a.isdisjoint(c), set().isdisjoint(set()))
