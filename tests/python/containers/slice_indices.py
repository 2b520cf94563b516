# slice objects: attributes, indices() normalisation, equality and unhashability
for s in (slice(None), slice(2, None), slice(-3, None), slice(None, None, -1), slice(1, 100, 2), slice(-100, -1, 3), slice(5, 1, -2), slice(None, -20, -1)):
    print(s, s.indices(10), len(range(*s.indices(10))), list(range(10))[s] == list(range(*s.indices(10))))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1) == slice(None, 1, None), slice(1, 2) < slice(1, 3))
s = slice('a', [1], None)
print(s.start, s.stop, s.step, repr(s))
for bad in (lambda: hash(slice(1)), lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices(-1), lambda: slice('a').indices(5),
            lambda: slice(), lambda: slice(1, 2, 3, 4)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print('abcdef'[slice(1, None, 2)], (1, 2, 3)[slice(-2, None)], 'hello'[::-1][slice(None, 2)])
