# every way to construct a dict
print(dict(), dict(a=1, b=2), dict([('a', 1), ('b', 2)]), dict({'a': 1}, b=2), dict(zip('ab', [1, 2])))
print(dict([('a', 1)], a=2), dict({'x': 1}.items()), dict(((i, i * i) for i in range(3))), dict([[1, 2], 'xy']))
class Pairs:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
print(dict(Pairs()), {**Pairs()}, dict(**{'z': 26}))
print({k: v for k, v in [('a', 1), ('a', 2)]}, {x: None for x in 'aba'}, {**{'a': 1}, 'a': 2, **{'b': 3}})
for bad in (lambda: dict(1), lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: dict(['ab', 'c']), lambda: dict({}, {})):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
