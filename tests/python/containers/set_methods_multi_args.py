# set methods accept any iterables and several arguments; operators require sets
a = {1, 2, 3}
print(sorted(a.union([3, 4], (5,), range(6, 8))), sorted(a.intersection([1, 2], {2, 3, 1})), sorted(a.difference([1], [2])))
print(sorted(a.symmetric_difference([3, 4])), a.issubset(range(5)), a.issuperset([1]), a.isdisjoint('abc'))
print(sorted(a.union()), a.intersection() == a, a.intersection() is a)
for bad in (lambda: a | [4], lambda: a & (1,), lambda: a - 'x', lambda: a ^ range(2), lambda: a < [1, 2, 3, 4]):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    a.symmetric_difference([1], [2])
except TypeError as e:
    print('TypeError:', e)
print(sorted(frozenset([1, 2]) | {3}), type(frozenset([1]) | {3}).__name__, type({3} | frozenset([1])).__name__, type({3} & frozenset()).__name__)
