# generator objects: truthiness, no len or indexing, repr, iter returns self
def gen():
    yield 1
g = gen()
print(bool(g), iter(g) is g, repr(g).startswith('<generator object gen at 0x'))
for op in (lambda: len(g), lambda: g[0], lambda: g + g, lambda: reversed(g)):
    try:
        op()
    except TypeError as e:
        print('TypeError:', e)
ge = (x for x in [])
print(repr(ge).startswith('<generator object <genexpr> at 0x'), ge.__name__, ge.__qualname__)
print(hasattr(g, '__next__'), hasattr(g, 'send'), hasattr(g, 'throw'), hasattr(g, 'close'))
print(next(g), next(g, None))
print(type(gen).__name__, type(g).__name__)
