# three ways to reverse: list.reverse() in place, reversed() iterator, [::-1] copy
a = [1, 2, 3, 4]
r_iter = reversed(a)
r_slice = a[::-1]
a.reverse()
print(a, r_slice, list(r_iter))
t = (1, 2, 3)
print(t[::-1], tuple(reversed(t)), ''.join(reversed('abc')), 'abc'[::-1], list(reversed(range(3))), range(3)[::-1])
d = {'x': 1, 'y': 2}
print(list(reversed(d)), dict(reversed(list(d.items()))))
it = reversed([1, 2, 3])
print(next(it), list(it), list(it))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print('TypeError:', e)
