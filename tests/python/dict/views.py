# keys/values/items views are live
d = {'one': 1, 'two': 2}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d['three'] = 3
print(list(k), list(v), list(it), len(k))
print('one' in k, 1 in v, ('two', 2) in it, ('two', 3) in it)
print(k & {'one', 'four'} == {'one'}, sorted(k - {'one'}))
for key, value in d.items():
    print(key, '->', value)
print([key for key in d], sum(d.values()))
try:
    for key in d:
        d['new' + key] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
