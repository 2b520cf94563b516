# max/min: key and default keywords, the first of equal elements wins, and their errors
print(max([3, 1, 3.0], key=None), max([(1, 'a'), (1, 'b')], key=lambda t: t[0]), min(['bb', 'a', 'cc'], key=len))
print(max('abc', 'abd', key=lambda s: s[-1]), min(iter([5, 2, 2.0]), default=0), max((), default='empty'), min([], key=len, default=None))
print(max(1, 2.5, True), min(-1, -1.0), max([[1, 2], [1, 3]]), max({'x': 1, 'y': 0}), max({'x': 1, 'y': 0}, key={'x': 1, 'y': 0}.get))
vals = [1.0, 1, True]
print(type(max(vals)).__name__, type(min(vals)).__name__)
for bad in (lambda: max(), lambda: max([]), lambda: min(1), lambda: max(1, 2, default=0), lambda: max([1, 'a']),
            lambda: min([1], key=1), lambda: max([1], bogus=1), lambda: min([], default=1, key=None, extra=2)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
