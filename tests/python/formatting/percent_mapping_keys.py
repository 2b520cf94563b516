# %(name)s style with mappings
data = {'name': 'Ann', 'age': 31, 'score': 9.8765, 'tags': ['a', 'b']}
print('%(name)s is %(age)d years, score %(score).2f, tags %(tags)r' % data)
print('%(name)-6s|%(age)05d|%(score)+.1e' % data)
print('%(name)s %(name)s' % data)
print('%(a b)s %(x(y))s' % {'a b': 'spaced', 'x(y)': 'parens'})
class Missing(dict):
    def __missing__(self, k): return f'<{k}>'
print('%(known)s %(unknown)s' % Missing(known='k'))
try:
    '%(missing)s' % data
except KeyError as e:
    print('KeyError:', e)
try:
    '%(name)s %s' % data
except TypeError as e:
    print('TypeError:', e)
try:
    '%(name)s' % ('tuple',)
except TypeError as e:
    print('TypeError:', e)
print('%%(x)s -> %(x)s' % {'x': 1}, '%s' % {'whole': 'dict'})
