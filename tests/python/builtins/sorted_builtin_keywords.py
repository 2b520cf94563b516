# sorted(): iterable is positional-only, key and reverse are keyword-only
print(sorted('cba'), sorted([3, 1, 2], reverse=True), sorted(['b', 'A'], key=str.lower), sorted({3: 'x', 1: 'y'}))
print(sorted([1, 2, 3], key=lambda x: -x, reverse=True), sorted([], reverse=True), sorted([2, 1], key=None, reverse=0))
print(sorted((x for x in [3, 1])), sorted(range(3), reverse=1), sorted([[2], [1, 0]], key=len))
for bad in (lambda: sorted(iterable=[1]), lambda: sorted([1], lambda x: x), lambda: sorted([1], reverse=None),
            lambda: sorted([1, 2], key=lambda: 0), lambda: sorted([1], cmp=lambda a, b: 0)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
