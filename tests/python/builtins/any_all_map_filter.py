# any, all, map, filter
print(any([0, '', None]), any([0, 1]), any([]), all([1, 'a', [0]]), all([1, 0]), all([]))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)))
print(list(map(str, [1, 2, 3])), list(map(lambda x: x * x, range(4))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(int, '123')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(7))))
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), list(m), list(m))
f = filter(str.isdigit, 'a1b2c3')
print(type(f).__name__, ''.join(f))
def loud(x):
    print('  checking', x)
    return x > 1
print(any(map(loud, [0, 1, 2, 3])))
print(all(map(loud, [5, 1, 9])))
