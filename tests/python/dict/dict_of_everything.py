# dict keys and values of many types; repr of nested containers
d = {None: 'none', 1: 'int', 2.5: 'float', 'str': 's', (1, 2): 'tuple', False: 'bool', frozenset({1}): 'fs', b'b': 'bytes'}
print(d)
print(d[None], d[0], d[(1, 2)], d[frozenset([1])], d[b'b'])
e = {'list': [1, 2], 'dict': {'inner': None}, 'tuple': (1,), 'set': {3}, 'empty': {}}
print(e)
print(repr({'quote': "it's", 'dq': 'say "x"'}))
print(str({1: 'a'}), {}.__class__.__name__)
