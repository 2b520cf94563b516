# truth testing: __bool__ first, then __len__, default True
class B:
    def __init__(self, b): self.b = b
    def __bool__(self):
        print('bool called')
        return self.b
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print('len called')
        return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Nothing: pass
print(bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Nothing()))
if L(0):
    print('no')
else:
    print('empty is falsy')
print(not B(True), B(False) or 'fallback', L(2) and 'and-value')
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError:', e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print('ValueError:', e)
class StrLen:
    def __len__(self): return '3'
try:
    len(StrLen())
except TypeError as e:
    print('TypeError:', e)
print(len(L(7)))
while L(0):
    pass
print('done')
