# callable() for functions, classes, instances with and without __call__, and builtins
class WithCall:
    def __call__(self): return 'called'
class Without:
    pass
class CallAttrOnInstance:
    pass
obj = CallAttrOnInstance()
obj.__call__ = lambda: 'instance attribute'
items = [len, print, lambda: 0, WithCall, WithCall(), Without, Without(), obj, int, 1, 'str', None, [].append, str.upper, type, object]
print([callable(i) for i in items])
try:
    obj()
except TypeError as e:
    print('TypeError:', e)
try:
    callable()
except TypeError as e:
    print('TypeError:', e)
