# del on names, items, slices, attributes
x = 1
del x
try:
    x
except NameError as e:
    print(e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
a, b, c = 1, 2, 3
del a, b
print(c)
class Obj:
    pass
o = Obj()
o.attr = 5
print(o.attr)
del o.attr
print(hasattr(o, 'attr'))
m = [[1, 2], [3, 4]]
del m[1][0]
print(m)
del (c)
print('c' in dir())
