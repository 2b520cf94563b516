# tuples: count/index, hashing with nested contents, one-element syntax, immutability
t = (1, 'a', 2.0, 'a', (1, 2), None)
print(t.count('a'), t.count(2), t.index('a'), t.index('a', 2), t.index((1, 2)), len(t), t[-2], t[1:4])
print((1,), (1), tuple(), (), type(()).__name__, tuple([1, 2]) == (1, 2), (1, 2) + (3,), (0,) * 3)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), {(1, 2): 'k'}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
try:
    {(1, {2}): 0}
except TypeError as e:
    print('TypeError:', e)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
try:
    t.index('zzz')
except ValueError as e:
    print('ValueError:', e)
a, (b, c), *rest = (1, (2, 3), 4, 5)
print(a, b, c, rest, type(rest).__name__)
