# tuples: creation, singletons, packing, immutability
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:])
print((), (1,), 1, (1), tuple(), tuple('ab'), tuple([1, 2]))
p = 4, 5
print(p, type(p).__name__)
print((1, 2) + (3,), (0,) * 3, 2 in t, t.count(2), t.index(3))
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1,) < (1, 0), () < (0,))
print(hash((1, 2)) == hash((1, 2)), hash((1, 'a')) == hash((1, 'a')))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
print(tuple(x * 2 for x in range(3)), (1, 2, 3)[::-1])
a, b, c = t
print(a, b, c)
print(max((3, 1, 2)), min(('b', 'a')), sum((1, 2, 3)), sorted((3, 1, 2)))
print(repr((1, 'two', 3.0, None, (4,))))
