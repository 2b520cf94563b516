# __setattr__ and __delattr__ intercept assignment and deletion
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, 'x', x)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name}')
    def __delattr__(self, name):
        raise AttributeError(f'cannot delete {name}')
f = Frozen(1)
print(f.x)
for action in ('set', 'del'):
    try:
        if action == 'set':
            f.x = 2
        else:
            del f.x
    except AttributeError as e:
        print('AttributeError:', e)
class Recorder:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append(('set', name, value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        super().__delattr__(name)
r = Recorder()
r.a = 1
r.a += 5
setattr(r, 'b', 2)
del r.a
delattr(r, 'b')
print(r.log, vars(r).keys() == {'log'})
try:
    del r.zzz
except AttributeError as e:
    print('AttributeError:', e)
