# str.format field names: auto and manual numbering, keywords, attributes and indexes
class P:
    def __init__(self): self.x, self.items = 3, ['i0', 'i1']
p = P()
print('{} {} {}'.format(1, 2, 3), '{2}{1}{0}'.format('a', 'b', 'c'), '{0}{0}'.format('dup'))
print('{x} {y}'.format(x=1, y=2), '{0} {k}'.format('pos', k='kw'))
print('{0.x} {0.items[1]} {p.items[0]}'.format(p, p=p))
print('{0[key]} {0[1]} {1[-1]}'.format({'key': 'v', 1: 'int key'}, {'-1': 'str key'}))
print('{[0]}'.format('abc'), '{.real}'.format(5), '{0[0][1]}'.format([['a', 'b']]))
cases = [('{} {1}', (1, 2), {}), ('{0} {}', (1, 2), {}), ('{2}', (1,), {}), ('{}', (), {}), ('{name}', (), {}),
         ('{0.nope}', (1,), {}), ('{0[5]}', ([1],), {}), ('{0[x]}', ({'y': 1},), {}), ('{0.}', (1,), {}), ('{0[}', (1,), {})]
for fmt, args, kwargs in cases:
    try:
        print(repr(fmt), '->', fmt.format(*args, **kwargs))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), '->', type(e).__name__ + ':', e)
