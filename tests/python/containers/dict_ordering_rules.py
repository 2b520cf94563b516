# insertion order: updates keep position, delete+reinsert moves to end, equality ignores order
d = {}
for k in 'dbca':
    d[k] = ord(k)
print(list(d))
d['b'] = 'updated'
print(list(d.items()))
del d['d']
d['d'] = 'back'
print(list(d))
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, list({'a': 1, 'b': 2}) == list({'b': 2, 'a': 1}))
print(list(reversed(d)), next(iter(d)), next(reversed(d)))
print(list({1: 'int', 1.0: 'float', True: 'bool'}.items()))
e = dict.fromkeys('hello')
print(''.join(e))
d.pop('b')
d.setdefault('b', 'new')
print(list(d), d.popitem())
