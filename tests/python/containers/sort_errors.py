# sorting errors: mixed types, failing key functions, mutation during sort, bad arguments
for bad in ([1, 'a'], [None, 1], [1j, 2j], [{1}, 3]):
    try:
        sorted(bad)
    except TypeError as e:
        print('TypeError:', e)
def key(x):
    if x == 3:
        raise ValueError('key failed on 3')
    return x
lst = [5, 3, 1]
try:
    lst.sort(key=key)
except ValueError as e:
    print('ValueError:', e, lst)
victim = [3, 1, 2]
def mutating(x):
    victim.append(x)
    return x
try:
    victim.sort(key=mutating)
except ValueError as e:
    print('ValueError:', e)
for bad in (lambda: [1].sort(lambda x: x), lambda: sorted([1], cmp=None), lambda: sorted(), lambda: sorted(5), lambda: [].sort(reverse=None)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(sorted([float('nan'), 1, 0]) is not None, sorted([3, 1], key=None))
