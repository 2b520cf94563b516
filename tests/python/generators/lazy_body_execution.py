# a generator's body runs only when values are requested
def gen():
    print('  body started')
    yield 1
    print('  after first yield')
    yield 2
    print('  body finished')
print('creating')
g = gen()
print('created', type(g).__name__)
print('first next ->', next(g))
print('second next ->', next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
try:
    next(g)
except StopIteration:
    print('StopIteration again')
print(list(g), list(gen()))
