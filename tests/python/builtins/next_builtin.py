# next() with and without default, on various iterators, and its errors
it = iter('ab')
print(next(it), next(it, None), next(it, 'fallback'), next(it, 0))
g = (x for x in [])
print(next(g, 'empty genexp'))
d = iter({'k': 1}.items())
print(next(d), next(d, 'done'))
for bad in (lambda: next([1]), lambda: next('abc'), lambda: next(5), lambda: next(), lambda: next(iter([]), 1, 2), lambda: next(it)):
    try:
        bad()
    except (TypeError, StopIteration) as e:
        print(type(e).__name__ + ':', e)
class Odd:
    def __next__(self): return 'next without iter'
print(next(Odd()))
