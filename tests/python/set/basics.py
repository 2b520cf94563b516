# sets of ints: creation, membership, add/remove
s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 not in s)
print(set(), set([4, 4, 5]), set(range(5)), {0})
s.add(7); s.add(1)
print(s)
s.remove(7)
s.discard(99)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e)
print(s.pop() in {1, 2, 3}, len(s))
t = {1, 2, 3}
t.update([4, 5], {6})
print(t)
t.clear()
print(t, bool(t))
print({x % 3 for x in range(10)}, sorted({-1, -5, 3}))
print({1, 1.0, True}, {0, False, 0.0})
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
