# all() and any() short-circuit, accept any iterable and always return bools
def noisy(values):
    for v in values:
        print('  yield', repr(v))
        yield v
print(all(noisy([1, 'x', 0, 'never'])))
print(any(noisy([0, '', [], 'found', 'never'])))
print(all([]), any([]), all(''), any(' '), all([[]]), any([[]]), all(range(1, 5)), any(range(0)))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2]), all({0: 'a'}), any({0: 'a', 1: 'b'}))
print(type(all([1, 'x'])).__name__, any([0, 'value']), all(iter([True, 1, 'y'])))
for bad in (lambda: all(5), lambda: any(None), lambda: all(), lambda: any([], [])):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
