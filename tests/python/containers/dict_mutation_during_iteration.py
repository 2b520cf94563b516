# changing a dict's size (or key set) while iterating raises RuntimeError; values may change
d = {'a': 1, 'b': 2, 'c': 3}
for k in d:
    d[k] *= 10
print(d)
try:
    for k in d:
        d['new'] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
d.pop('new', None)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError:', e)
d = {'a': 1, 'b': 2}
try:
    for k in d:
        del d[k]
        d[k + '2'] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
for view in ('keys', 'values', 'items'):
    d = {1: 1}
    try:
        for x in getattr(d, view)():
            d[2] = 2
    except RuntimeError as e:
        print(view, 'RuntimeError:', e)
d = {'a': 1, 'b': 2, 'c': 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError:', e)
