# permutations, combinations and products as recursive generators
def permutations(items, r=None):
    items = list(items)
    r = len(items) if r is None else r
    if r == 0:
        yield ()
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:], r - 1):
            yield (x,) + rest
def combinations(items, r):
    items = list(items)
    if r == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], r - 1):
            yield (items[i],) + rest
def product(*pools):
    if not pools:
        yield ()
        return
    for x in pools[0]:
        for rest in product(*pools[1:]):
            yield (x,) + rest
def powerset(items):
    for r in range(len(items) + 1):
        yield from combinations(items, r)
print([''.join(p) for p in permutations('abc')])
print(list(permutations(range(3), 2)))
print(list(combinations('abcd', 2)), sum(1 for _ in combinations(range(10), 3)))
print(list(product('ab', [0, 1])), len(list(product(range(3), range(3), range(2)))))
print(list(powerset([1, 2, 3])))
