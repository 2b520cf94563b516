# repr of nested containers mixing every basic type
data = {'ints': [1, -2, 10 ** 20], 'floats': (0.5, -0.0, 1e100, float('inf')), 'strs': ['a', "b'", 'c"', '\n'],
        'bytes': [b'\x00ab', bytearray(b'xy')], 'none': None, 'bools': [True, False],
        'nested': [[[]], [()], ({},)], 'complex': [1j, -1 - 1j], 'sets': [set(), frozenset({1})], 'range': range(2)}
print(data)
print(str(data) == repr(data), len(repr(data)))
print([[1, [2, [3, [4, [5]]]]]], ((((),),),), {'a': {'b': {'c': {}}}})
print(repr([None]), repr((None,)), repr({None: None}), str([1.0, 2.50]))
