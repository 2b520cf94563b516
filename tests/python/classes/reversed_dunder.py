# reversed() uses __reversed__, else __len__ + __getitem__
class R:
    def __reversed__(self):
        return iter(['z', 'y'])
print(list(reversed(R())))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        print('getitem', i)
        return i * i
print(list(reversed(Seq())))
class OnlyIter:
    def __iter__(self): return iter([1, 2])
try:
    reversed(OnlyIter())
except TypeError as e:
    print('TypeError:', e)
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoRev())
except TypeError as e:
    print('TypeError:', e)
print(list(reversed(range(5))), list(reversed('abc')), list(reversed((1, 2))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
