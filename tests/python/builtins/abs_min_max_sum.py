# abs min max sum with key and default
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(3 + 4j), abs(True))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('abc'), min('b', 'a', 'c'))
words = ['pear', 'fig', 'banana', 'kiwi']
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
print(min([], default='empty'), max([], default=None), max([1], default=0))
print(max([2, 3, 3], key=lambda x: -x), max([(1, 'b'), (1, 'a')]))
print(max(1, 2, key=lambda v: -v), min(iter([5, 2, 8])))
print(sum([1, 2, 3]), sum([]), sum(range(10), 100), sum([0.5, 0.25]), sum([[1], [2]], []))
print(sum([1, 2.5, True]), sum(x * x for x in range(4)))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
try:
    min()
except TypeError as e:
    print('TypeError:', e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
