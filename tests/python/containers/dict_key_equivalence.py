# dict keys are compared by hash and ==: 1, 1.0 and True collide; NaN keys are identity-based
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d, len(d), list(d)[0], type(list(d)[0]).__name__)
nan = float('nan')
n = {nan: 'a'}
n[nan] = 'same object'
n[float('nan')] = 'different nan'
print(len(n), n[nan])
print({(1, 2): 'tuple', frozenset({1}): 'frozenset', None: 'none', 'x': 'str', b'x': 'bytes', 0j: 'complex'})
print({0: 'a', 0.0: 'b', 0j: 'c', False: 'd', -0.0: 'e'})
for bad in ([1], {1: 2}, {1}, bytearray(b'x')):
    try:
        {bad: 1}
    except TypeError as e:
        print('TypeError:', e)
print({'a' + 'b': 1}['ab'], {(1, (2, 3)): 'nested'}[(1, (2, 3))])
