# dict methods
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('a', 100), d.setdefault('c', 3), d)
print(d.pop('b'), d.pop('missing', 'default'), d)
d.update({'x': 10, 'a': -1})
print(d)
d.update(y=20, z=30)
print(d)
d.update([('w', 0)])
print(d)
print(d.popitem(), d)
print(sorted(d.items()), sorted(d.values()))
c = d.copy()
c['new'] = 1
print(len(d), len(c), 'new' in d, 'new' in c)
print(dict.fromkeys(['p', 'q']), dict.fromkeys('ab', []))
d.clear()
print(d, len(d), bool(d))
try:
    d.pop('nope')
except KeyError as e:
    print('KeyError:', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
print({'a': 1} | {'b': 2}, {'a': 1, 'b': 2} | {'a': 3})
m = {'k': 1}
m |= {'j': 2}
print(m)
