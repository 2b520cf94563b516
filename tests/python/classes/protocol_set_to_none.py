# setting a special method to None blocks the protocol
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print('TypeError:', e)
try:
    for x in NoIter(): pass
except TypeError as e:
    print('TypeError:', e)
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print('TypeError:', e)
class NoLen:
    __len__ = None
try:
    len(NoLen())
except TypeError as e:
    print('TypeError:', e)
class NoCall:
    __call__ = None
try:
    NoCall()()
except TypeError as e:
    print('TypeError:', e)
