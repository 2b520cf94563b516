# del on names, attributes, items, slices and targets lists
x = 1
del x
try:
    x
except NameError as e:
    print('NameError:', e)
class O: pass
o = O()
o.a, o.b = 1, 2
del o.a
print(vars(o))
lst = list(range(10))
del lst[0]
del lst[-1]
del lst[2:4]
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['a'], d['c']
print(d)
a = b = c = 0
del a, (b, c)
print('a' in dir(), 'b' in dir(), 'c' in dir())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
for bad in ('del q_undefined', 'del o.zzz', "del d['zzz']", 'del lst[99]', 'del (1, 2)[0]'):
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__ + ':', e)
