# dict, set and list comprehensions with conditions, nesting and value transforms
words = ['apple', 'bob', 'civic', 'dog', 'level', 'apple']
print({w: len(w) for w in words}, sorted({w for w in words if w == w[::-1]}), [w.upper() for w in words if len(w) > 3])
print({k: v for k, v in zip('abc', range(3)) if v}, {v: k for k, v in {'a': 1, 'b': 2}.items()})
print([[r * c for c in range(1, 4)] for r in range(1, 4)], [x for row in [[1, 2], [3]] for x in row])
print({(x, y) for x in range(2) for y in range(2) if x != y} == {(0, 1), (1, 0)}, {i % 3: i for i in range(10)})
print([y for x in range(4) if x % 2 == 0 for y in (x, -x)], [(i, j) for i in range(3) for j in range(i)])
print({len(w): w for w in words}, sorted({c for w in words for c in w}))
