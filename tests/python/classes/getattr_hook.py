# __getattr__ only runs when normal lookup fails
class Lazy:
    real = 'class attr'
    def __init__(self):
        self.inst = 'instance attr'
    def __getattr__(self, name):
        print('__getattr__', name)
        if name.startswith('dyn_'):
            return name[4:].upper()
        raise AttributeError(f'{type(self).__name__!r} has nothing called {name!r}')
l = Lazy()
print(l.real, l.inst, l.dyn_abc)
try:
    l.missing
except AttributeError as e:
    print('AttributeError:', e)
print(getattr(l, 'other', 'default'), hasattr(l, 'dyn_x'), hasattr(l, 'zzz'))
class Prop:
    @property
    def p(self):
        raise AttributeError('inside property')
    def __getattr__(self, name):
        return 'fallback for ' + name
print(Prop().p)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), len(p._target))
