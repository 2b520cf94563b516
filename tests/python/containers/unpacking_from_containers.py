# iterable unpacking from dicts, sets, strings, ranges and nested structures
d = {'x': 1, 'y': 2}
a, b = d
k1, v1 = next(iter(d.items()))
print(a, b, k1, v1, [*d], [*d.values()], {**d, 'z': 3})
first, *rest = 'hello'
print(first, rest)
*init, last = range(5)
print(init, last)
(a, b), [c, *d2], e = 'xy', range(3), {'only': 1}
print(a, b, c, d2, e)
x, = {42}
print(x)
for (i, (ch, n)) in enumerate(zip('ab', [10, 20])):
    print(i, ch, n)
print([(k, v) for k, (v, _) in {'p': (1, 2), 'q': (3, 4)}.items()])
try:
    a, b = {'one': 1}
except ValueError as e:
    print('ValueError:', e)
try:
    a, *b, c = [1]
except ValueError as e:
    print('ValueError:', e)
