# keys() and items() views support set operations; values() does not
d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 20, 'c': 3, 'd': 4}
k, ek = d.keys(), e.keys()
print(sorted(k & ek), sorted(k | ek), sorted(k - ek), sorted(k ^ ek), type(k & ek).__name__)
print(sorted(k & ['a', 'zz']), sorted(k | 'xy'), sorted(['a', 'q'] - k), k == {'a', 'b', 'c'}, k <= {'a', 'b', 'c', 'd'}, k.isdisjoint({'q'}))
print(sorted(d.items() & e.items()), sorted(d.items() - e.items()), ('c', 3) in d.items(), ('c', 4) in d.items())
print(d.keys() == e.keys(), d.values() == d.values(), list(d.values()) == [1, 2, 3])
try:
    d.values() & e.values()
except TypeError as err:
    print('TypeError:', err)
print(repr(k), repr(d.values()), repr(d.items()), repr({}.keys()))
print(list(reversed(k)), list(reversed(d.values())), list(reversed(d.items())))
print(len(k), 'a' in k, 1 in d.values(), type(k).__name__, type(d.values()).__name__, type(d.items()).__name__)
m = k.mapping
print(type(m).__name__, m['a'])
