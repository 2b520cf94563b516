# map with several iterables (stops at the shortest), filter with None and truthy results
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: a, 'ab', 'cd', 'ef')), list(map(str.upper, 'hi')))
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])), list(filter(lambda x: x % 3, range(7))), list(filter(len, ['', 'a'])))
print(list(filter(lambda x: 'truthy string', [1, 2])), list(map(len, ['a', 'bb'])), list(map(int, '123')))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), type(filter(None, [])).__name__)
for bad in (lambda: map(abs), lambda: map(), lambda: filter(None), lambda: list(map(abs, 5)), lambda: filter(None, 5),
            lambda: list(map(len, [1])), lambda: map(abs, [1], key=1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
