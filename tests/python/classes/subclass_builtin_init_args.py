# subclasses of mutable built-ins can take extra constructor arguments
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return f'{self.name}:{list.__repr__(self)}'
n = Named('nums', [3, 1])
n.append(2)
print(n, len(n), sorted(n), n.name)
class Registry(dict):
    def __init__(self, owner, **kw):
        super().__init__(**kw)
        self.owner = owner
r = Registry('me', a=1)
r['b'] = 2
print(r, r.owner, list(r))
class Bag(set):
    def __init__(self, *items):
        super().__init__(items)
b = Bag(3, 1, 3)
print(sorted(b), len(b))
try:
    Named()
except TypeError as e:
    print('TypeError:', e)
