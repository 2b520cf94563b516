# Tuple/list unpacking, starred and nested targets
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[c, d] = 'xy'
print(c, d)
(e, f), g = (1, 2), 3
print(e, f, g)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = 'abcdef'
print(h, mid, t)
x, *y = [1]
print(x, y)
(p, *q), [r, s] = [1, 2, 3], (4, 5)
print(p, q, r, s)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
lst = [0, 0, 0]
lst[0], lst[2] = 'a', 'c'
print(lst)
d = {}
d['x'], d['y'] = 10, 20
print(d)
i = 0
items = [5, 6]
i, items[i] = 1, 99   # i is assigned first
print(i, items)
*a, = 1, 2
print(a)
