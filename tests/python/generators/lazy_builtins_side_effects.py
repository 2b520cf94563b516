# map, filter, zip, enumerate and reversed are lazy: side effects happen on demand
def f(x):
    print('  map f', x)
    return x * 2
def keep(x):
    print('  filter', x)
    return x % 2 == 0
m = map(f, [1, 2, 3])
print('map created')
print(next(m))
flt = filter(keep, map(f, [1, 2]))
print('filter created')
print(list(flt))
e = enumerate(map(f, [5]))
print('enumerate created')
print(list(e))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r))
mm = map(lambda a, b: a + b, [1, 2, 3], [10, 20])
print(list(mm))
