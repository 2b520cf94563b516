# dicts preserve insertion order; updates keep position
d = {}
for k in ['zebra', 'apple', 'mango', 'banana']:
    d[k] = len(k)
print(d)
print(list(d), list(d.keys()), list(d.values()))
d['apple'] = 99
print(d)
del d['zebra']
d['zebra'] = 0
print(d)
print({'b': 1, 'a': 2, 'c': 3})
print(dict(one=1, two=2, three=3))
print(dict([('x', 1), ('y', 2)]), dict(zip('abc', range(3))))
print(dict({'a': 1}, b=2))
print({n: str(n) for n in [5, 3, 9, 1]})
print(list(reversed(d)), list(reversed(d.items())))
