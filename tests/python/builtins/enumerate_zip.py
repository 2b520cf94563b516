# enumerate and zip
print(list(enumerate('abc')))
print(list(enumerate(['x', 'y'], start=1)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip('ab', 'cd')):
    print(i, a, b)
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])))
print(list(zip(range(3), range(3, 6), range(6, 9))))
names = ['ann', 'bob']
ages = [31, 42]
print(dict(zip(names, ages)))
pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
nums, words = zip(*pairs)
print(nums, words)
e = enumerate('hi')
print(next(e), next(e), next(e, 'exhausted'))
z = zip([1, 2], [3, 4])
print(type(e).__name__, type(z).__name__, list(z), list(z))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as err:
    print('ValueError:', err)
