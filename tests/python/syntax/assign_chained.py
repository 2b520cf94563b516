# Chained assignment binds every target to the same object
a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = lst = 0
print(i, lst)
# targets are assigned left to right
d = {}
k = d['k'] = 'v'
print(k, d)
p, q = r = (1, 2)
print(p, q, r)
