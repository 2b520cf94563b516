# shallow copies share nested objects; each copying idiom makes a new outer container
orig = [[1, 2], {'k': 'v'}, 'text']
copies = {'list()': list(orig), 'slice': orig[:], 'copy()': orig.copy(), 'unpack': [*orig], 'comprehension': [x for x in orig]}
orig[0].append(3)
orig[1]['k2'] = 'v2'
orig[2] = 'replaced'
for name, c in copies.items():
    print(f'{name:14}', c, c is orig, c[0] is orig[0])
d = {'a': [1], 'b': 2}
dc = [dict(d), d.copy(), {**d}, {k: v for k, v in d.items()}, dict(d.items())]
d['a'].append('shared')
d['b'] = 'not shared'
print(dc)
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(i) for i in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x
src = {'nums': [1, [2, 3]], 'meta': {'tags': ['a']}}
dst = deep_copy(src)
src['nums'][1].append(4)
src['meta']['tags'].clear()
print(src, dst)
s = {1, 2}
sc = set(s)
sc.add(3)
print(s, sc, frozenset(s) == s, tuple(orig) is not orig, tuple((1, 2)) == (1, 2))
