# equality ignores order; missing keys raise KeyError; nested dicts
a = {'x': 1, 'y': 2}
b = {'y': 2, 'x': 1}
print(a == b, a != {'x': 1}, {} == {}, {1: [1]} == {1: [1]})
try:
    a['z']
except KeyError as e:
    print('KeyError', e, repr(e), e.args)
try:
    a[[1]] = 2
except TypeError as e:
    print('TypeError:', e)
nested = {'config': {'depth': {'level': 3}}, 'list': [1, {'k': 'v'}]}
print(nested['config']['depth']['level'], nested['list'][1]['k'])
nested['config']['depth']['level'] += 1
print(nested)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(len({'a': 1, 'b': 2}), 'a' in a, 1 in a, list(a.items())[0])
