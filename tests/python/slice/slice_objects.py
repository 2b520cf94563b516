# slice objects and their indices()
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, 3), slice(1, None, -1))
data = list(range(20))
print(data[s], data[slice(3)], data[slice(-3, None)])
print(s.indices(5), slice(None, None, -1).indices(10), slice(-100, 100).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1:2], sh[::3], sh[1:2, 3], sh[:, None], sh[...])
print('abcdef'[slice(None, None, 2)], (1, 2, 3)[slice(1, None)])
