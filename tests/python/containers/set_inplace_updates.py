# in-place set operators and their method forms mutate the same object
s = {1, 2, 3}
alias = s
s |= {4}
s &= {1, 2, 4, 9}
s -= {1}
s ^= {4, 5}
print(sorted(s), s is alias)
s.update([10], (11,), 'a')
print(sorted(map(str, s)))
s.intersection_update({2, 10, 'a'}, [2, 10])
print(sorted(s))
s.difference_update([2], {99})
print(sorted(s))
s.symmetric_difference_update([10, 20])
print(sorted(s))
try:
    s |= [1]
except TypeError as e:
    print('TypeError:', e)
f = frozenset({1})
g = f
f |= {2}
print(sorted(f), f is g, sorted(g))
print(hasattr(frozenset(), 'add'), hasattr(frozenset(), 'update'))
