# frozensets are hashable: dict keys, set members, and results of mixed operations
fs = frozenset('abc')
d = {fs: 'letters', frozenset(): 'empty'}
print(d[frozenset('cba')], d[frozenset()], len(d))
groups = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(groups), frozenset({1, 2}) in groups)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), frozenset([1, 2]) == {1, 2})
nested = frozenset([frozenset([1]), frozenset([2])])
print(sorted(sorted(x) for x in nested), frozenset([1]) in nested)
print(repr(frozenset()), repr(frozenset([5])), type(frozenset(fs)).__name__, frozenset(fs) is fs)
print(sorted(fs - {'a'}), sorted(fs.union('d')), fs.isdisjoint('xyz'))
anagrams = {}
for w in ['listen', 'silent', 'enlist', 'google', 'gogole', 'cat']:
    anagrams.setdefault(frozenset(w), []).append(w)
print(sorted(anagrams.values()))
