# membership: __contains__, then __iter__, then __getitem__
class WithContains:
    def __contains__(self, x):
        print('contains', x)
        return x == 'yes'
class WithIter:
    def __iter__(self):
        print('iter')
        return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i > 4: raise IndexError
        return i * 10
print('yes' in WithContains(), 'no' in WithContains(), 'no' not in WithContains())
print(2 in WithIter(), 5 in WithIter())
print(30 in WithGetitem(), 35 in WithGetitem())
class Truthy:
    def __contains__(self, x): return 'non-empty string'
print(1 in Truthy())
try:
    1 in object()
except TypeError as e:
    print('TypeError:', e)
try:
    'a' in 5
except TypeError as e:
    print('TypeError:', e)
