# converting between container types
d = {'b': 2, 'a': 1}
print(list(d), tuple(d.items()), set(d) == {'a', 'b'}, dict(list(d.items())), list(d.values()))
print(list('abc'), tuple(range(3)), list((1, 2)), dict.fromkeys(range(2)), sorted({3, 1, 2}), list(b'ab'))
print(str([1, 2]), list(map(int, '123')), [int(c) for c in str(2 ** 10)], tuple(x * 2 for x in (1, 2)))
print(list(enumerate('ab')), dict(enumerate('ab')), list(zip(*[(1, 'a'), (2, 'b')])), dict(zip(*[('k1', 'k2'), (1, 2)])))
print(frozenset([1, 1, 2]) == frozenset({1, 2}), bytes([104, 105]), list(bytearray(b'\x01\x02')), set(range(3)) == {0, 1, 2})
print(list(range(3)) + list('ab'), (*range(2), *'cd'), [*{'x': 1}], {*'aa'}, {**dict(a=1)})
