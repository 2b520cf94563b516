# assigning and deleting slices
a = list(range(10))
a[2:5] = ['x']
print(a)
a[:0] = ['start']
print(a)
a[-1:] = ['end', 'end2']
print(a)
a[1:3] = []
print(a)
b = list(range(8))
b[::2] = 'abcd'
print(b)
b[1::2] = [None] * 4
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
c = list(range(10))
del c[::3]
print(c)
del c[-2:]
print(c)
c[:] = range(3)
print(c)
c[len(c):] = [3, 4]
print(c)
d = [1, 2, 3]
d[1:2] = d
print(d)
