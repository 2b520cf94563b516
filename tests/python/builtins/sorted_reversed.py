# sorted and reversed
data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted('Banana'), sorted('Banana', key=str.lower))
print(sorted(['b', 'a', 'C'], key=lambda s: s.lower(), reverse=True))
print(sorted({'b': 1, 'a': 2}.items()), sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]), sorted([], reverse=True))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
r = reversed([1, 2])
print(next(r), list(r))
print(sorted([3.5, 1, True, -2.0]), sorted(['10', '9', '100'], key=int))
print(list(reversed({'x': 1, 'y': 2})))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
