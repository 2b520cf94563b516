# extended slice assignment and deletion, and their size errors
a = list(range(10))
a[::2] = 'abcde'
print(a)
a[1::3] = [None] * 3
print(a)
a[::-1] = range(10)
print(a)
del a[1::2]
print(a)
a[1:3] = []
a[0:0] = ['x', 'y']
a[len(a):] = ['end']
print(a)
a[2:2] = 'ab'
a[-1:] = ()
print(a)
for bad in (lambda: a.__setitem__(slice(None, None, 2), [1]), lambda: a.__setitem__(slice(None, None, 0), []),
            lambda: a[::0], lambda: a.__setitem__(slice(0, 2), 5), lambda: a.__setitem__(slice(None, None, -1), [1, 2])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
b = [1, 2, 3]
b[5:10] = [9]
b[-100:1] = [0]
print(b)
c = [1, 2, 3, 4]
c[1:3] = c
print(c)
