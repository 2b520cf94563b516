# len() on built-ins and objects with __len__, and the errors for bad __len__ results
print(len('abc'), len(b'ab'), len([1]), len((1, 2)), len({1: 2}), len({3}), len(range(0, 10, 3)), len(bytearray(5)), len(b''))
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(len(L(5)), len(L(True)), len(L(2 ** 62)))
class Idx:
    def __index__(self): return 4
class LIdx:
    def __len__(self): return Idx()
print(len(LIdx()))
for n in (-1, 2 ** 63, 1.5, '3', None):
    try:
        len(L(n))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ':', e)
for bad in (5, None, iter([]), len, (x for x in [])):
    try:
        len(bad)
    except TypeError as e:
        print('TypeError:', e)
