# Python tutorial ch. 5 style: lists, tuples, sets, dicts (incl. | and views), comprehensions, comparisons.
fruits = ['orange', 'apple', 'pear', 'banana', 'kiwi', 'apple', 'banana']
print(fruits.count('apple'), fruits.count('tangerine'), fruits.index('banana'), fruits.index('banana', 4))
fruits.reverse(); print(fruits); fruits.append('grape'); print(fruits); fruits.sort(); print(fruits, fruits.pop())
stack = [3, 4, 5]; stack.append(6); stack.append(7); print(stack, stack.pop(), stack.pop(), stack.pop(), stack)
squares = list(map(lambda x: x**2, range(10))); print(squares)
print([(x, y) for x in [1,2,3] for y in [3,1,4] if x != y])
vec = [-4, -2, 0, 2, 4]
print([x*2 for x in vec], [x for x in vec if x >= 0], [abs(x) for x in vec])
freshfruit = ['  banana', '  loganberry ', 'passion fruit  ']
print([weapon.strip() for weapon in freshfruit], [(x, x**2) for x in range(6)])
vec = [[1,2,3], [4,5,6], [7,8,9]]
print([num for elem in vec for num in elem])
from_math_pi = 3.141592653589793
print([str(round(from_math_pi, i)) for i in range(1, 6)])
matrix = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print([[row[i] for row in matrix] for i in range(4)], list(zip(*matrix)))
a = [-1, 1, 66.25, 333, 333, 1234.5]
del a[0]; print(a); del a[2:4]; print(a); del a[:]; print(a)
t = 12345, 54321, 'hello!'
print(t[0], t); u = t, (1, 2, 3, 4, 5); print(u)
try: t[0] = 88888
except TypeError as e: print(e)
v = ([1, 2, 3], [3, 2, 1]); v[0].append(9); print(v)
empty = (); singleton = 'hello',
print(len(empty), len(singleton), singleton)
x, y, z = t; print(x, y, z)
basket = {'apple', 'orange', 'apple', 'pear', 'orange', 'banana'}
print(sorted(basket), 'orange' in basket, 'crabgrass' in basket)
a = set('abracadabra'); b = set('alacazam')
print(sorted(a), sorted(a - b), sorted(a | b), sorted(a & b), sorted(a ^ b))
a = {x for x in 'abracadabra' if x not in 'abc'}; print(sorted(a))
tel = {'jack': 4098, 'sape': 4139}; tel['guido'] = 4127; print(tel, tel['jack'])
del tel['sape']; tel['irv'] = 4127; print(tel, list(tel), sorted(tel), 'guido' in tel, 'jack' not in tel)
print(dict([('sape', 4139), ('guido', 4127), ('jack', 4098)]), {x: x**2 for x in (2, 4, 6)}, dict(sape=4139, guido=4127, jack=4098))
knights = {'gallahad': 'the pure', 'robin': 'the brave'}
for k, v in knights.items(): print(k, v)
for i, v in enumerate(['tic', 'tac', 'toe']): print(i, v)
questions = ['name', 'quest', 'favorite color']; answers = ['lancelot', 'the holy grail', 'blue']
for q, a in zip(questions, answers): print('What is your {0}?  It is {1}.'.format(q, a))
for i in reversed(range(1, 10, 2)): print(i, end=' ')
print()
basket = ['apple', 'orange', 'apple', 'pear', 'orange', 'banana']
for i in sorted(basket): print(i, end=' ')
print()
for f in sorted(set(basket)): print(f, end=' ')
print()
raw_data = [56.2, float('NaN'), 51.7, 55.3, 52.5, float('NaN'), 47.8]
filtered_data = []
for value in raw_data:
    if value == value: filtered_data.append(value)
print(filtered_data)
string1, string2, string3 = '', 'Trondheim', 'Hammer Dance'
non_null = string1 or string2 or string3; print(non_null)
print((1, 2, 3) < (1, 2, 4), [1, 2, 3] < [1, 2, 4], 'ABC' < 'C' < 'Pascal' < 'Python', (1, 2, 3, 4) < (1, 2, 4), (1, 2) < (1, 2, -1), (1, 2, 3) == (1.0, 2.0, 3.0), (1, 2, ('aa', 'ab')) < (1, 2, ('abc', 'a'), 4))
d = {'a': 1, 'b': 2}; e = {'b': 3, 'c': 4}
print(d | e, e | d, {**d, **e}); d |= e; print(d); d |= [('z', 0)]; print(d)
try: d | [('q', 1)]
except TypeError as err: print(err)
print(list(d.keys() & {'a', 'zz'}), sorted(d.keys() | {'new'}), d.keys() - {'a'} == {'b', 'c', 'z'}, d.items() & {('a', 1)})
dk = d.keys(); d['late'] = 5; print(dk, len(dk), reversed(d.keys()).__class__.__name__, list(reversed(d.items())))
print(d.setdefault('a', 100), d.setdefault('n', []), d.pop('zz', 'def'), d.popitem(), d.get('q'), dict.fromkeys('ab', 0), d.copy() == d)
print({1: 'a', True: 'b', 1.0: 'c'}, {0: 1, False: 2}, {(1, 2): 3}[1, 2])
l = [3, 1, 2]; l[1:2] = [7, 8, 9]; print(l); l[::2] = 'abc'; print(l)
try: l[::2] = [1]
except ValueError as e: print(e)
l.insert(100, 'end'); l.insert(-100, 'start'); print(l); l.extend(range(2)); l += 'xy'; print(l)
l = [1, 2, 3]; l *= 2; print(l, l * 0, [[]] * 2, l.copy(), l.clear(), l)
print(list(range(10))[-3:], list(range(10))[8:2:-2], list(range(10))[slice(2, None, 3)], slice(1, 10, 2).indices(5))
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]), [1, 2, 3] == [1, 2, 3], [1, [2]] == [1, [2]], {1, 2} == frozenset({2, 1}))
s = {1, 2, 3}; s.discard(5); s.remove(1); s.update([4], (5,)); s -= {5}; s |= {9}; s &= {2, 3, 4, 9, 10}; s ^= {2, 100}; print(sorted(s), s.issubset(range(200)), s.isdisjoint({0}), {1} < {1, 2}, {1, 2} <= {1, 2})
print(frozenset([1, 2]) | {3}, type(frozenset([1]) | {3}).__name__, type({3} | frozenset([1])).__name__, set(), frozenset(), {1, 2}.union([3], (4,)), {1, 2, 3}.intersection({2, 3}, [3]), {1, 2}.difference([1]), {1, 2}.symmetric_difference([2, 3]))
s = {1}; s.remove(5)
