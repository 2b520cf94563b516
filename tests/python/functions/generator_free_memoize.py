# a memoising decorator keyed on args and sorted kwargs, with cache statistics
def memoize(fn):
    cache = {}
    stats = {'hits': 0, 'misses': 0}
    def wrapper(*args, **kwargs):
        key = (args, tuple(sorted(kwargs.items())))
        if key in cache:
            stats['hits'] += 1
        else:
            stats['misses'] += 1
            cache[key] = fn(*args, **kwargs)
        return cache[key]
    wrapper.stats = stats
    wrapper.cache_clear = cache.clear
    return wrapper
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths.stats)
@memoize
def describe(x, *, style='plain'):
    return f'{style}:{x}'
print(describe(1), describe(1), describe(1, style='bold'), describe(style='bold', x=1))
print(describe.stats)
describe.cache_clear()
describe(1)
print(describe.stats)
try:
    describe([1])
except TypeError as e:
    print('TypeError:', e)
