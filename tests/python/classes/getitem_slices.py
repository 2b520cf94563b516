# __getitem__/__setitem__/__delitem__ receive ints, slices and tuples
class Seq:
    def __init__(self):
        self.data = list(range(10))
    def __getitem__(self, key):
        print('get', key)
        return self.data[key]
    def __setitem__(self, key, value):
        print('set', key, value)
        self.data[key] = value
    def __delitem__(self, key):
        print('del', key)
        del self.data[key]
s = Seq()
print(s[3], s[-1])
print(s[2:5], s[::3], s[:], s[8:2:-2])
s[0] = 'zero'
s[1:3] = ['a', 'b', 'c']
del s[4]
del s[::2]
print(s.data)
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[1, 2], g[1:2, ::3], g[...], g['k'], g[:, 0])
sl = g[1:10:2]
print(sl.start, sl.stop, sl.step, type(sl).__name__)
try:
    object()[0]
except TypeError as e:
    print('TypeError:', e)
