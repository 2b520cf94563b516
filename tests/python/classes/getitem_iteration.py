# the old sequence iteration protocol: __getitem__ with 0, 1, 2, ... until IndexError
class Old:
    def __getitem__(self, i):
        print('getitem', i)
        if i >= 3:
            raise IndexError(i)
        return chr(ord('a') + i)
print(list(Old()))
for ch in Old():
    print('got', ch)
it = iter(Old())
print(type(it).__name__, next(it))
class StopsEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsEarly()))
class Keyed:
    def __getitem__(self, k):
        raise KeyError(k)
try:
    list(Keyed())
except KeyError as e:
    print('KeyError', e)
print(sorted(Old()), 'b' in Old())
