# every dict method with its variants
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('c'), d.pop('zz', 'default'), d)
d.update({'x': 1}, y=2)
d.update([('z', 3), ['w', 4]])
d.update(a=10)
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c['new'] = 1
print(d, c, len(c))
fk = dict.fromkeys(['p', 'q'], [])
fk['p'].append(1)
print(fk, dict.fromkeys('ab'), dict.fromkeys(range(3), 0))
print(list(d.keys()), list(d.values()), list(d.items()))
d.clear()
print(d, bool(d))
for bad in (lambda: {}.pop('k'), lambda: {}.popitem(), lambda: d.update(1), lambda: d.update([1, 2]), lambda: d.get(),
            lambda: d.update({}, {}), lambda: d.setdefault()):
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
