# add, remove, discard, pop, clear, copy and membership
s = set()
s.add(3); s.add(3); s.add((1, 2)); s.add(frozenset({9}))
print(len(s), 3 in s, (1, 2) in s, frozenset({9}) in s, {9} in s)
s.discard(3); s.discard('absent')
print(len(s))
try:
    s.remove('absent')
except KeyError as e:
    print('KeyError:', e)
try:
    s.add([1])
except TypeError as e:
    print('TypeError:', e)
try:
    [] in s
except TypeError as e:
    print('TypeError:', e)
c = s.copy()
c.clear()
print(len(s), len(c), c)
one = {42}
print(one.pop(), one)
try:
    one.pop()
except KeyError as e:
    print('KeyError:', e)
print(set('hello') == set('olleh'), len(set('mississippi')), sorted(set('mississippi')))
print({x % 3 for x in range(10)} == {0, 1, 2}, set(), repr(set()), frozenset())
