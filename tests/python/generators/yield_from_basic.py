# yield from delegates to any iterable
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], 'ab', range(3), (x * x for x in (4, 5)), {'k': 1})))
def inner():
    yield 'i1'
    yield 'i2'
def outer():
    yield 'o-start'
    yield from inner()
    yield 'o-middle'
    yield from inner()
    yield 'o-end'
print(list(outer()))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, []]), 5], [[6]]])))
def bad():
    yield from 42
try:
    list(bad())
except TypeError as e:
    print('TypeError:', e)
