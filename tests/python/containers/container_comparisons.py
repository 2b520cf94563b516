# lexicographic comparison of sequences, mixed-type errors, and equality across types
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99], (1, 'b') < (1, 'c'), [[1, 2]] < [[1, 3]])
print((1, 2) == (1, 2.0), [1, 2] == (1, 2), [1] != (1,), 'ab' < 'b', (1, float('nan')) == (1, float('nan')))
nan = float('nan')
print([nan] == [nan], (nan,) == (nan,), [nan] < [nan], max([1, nan]), min([nan, 1]))
print(max([[1, 2], [1, 3], [0, 9]]), min((3, 'a'), (3, 'Z')), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
for bad in (lambda: [1, 2] < [1, 'a'], lambda: (1, 2) < [1, 2], lambda: {1: 2} < {1: 3}, lambda: [None] < [None], lambda: {1} < [1]):
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
print([1, 'a'] < [2, 3], [1, 2] < [1, 2, 'x'], {1: 'a'} == {1: 'a'}, {1: [1]} == {1: [1.0]}, range(3) == range(0, 3))
