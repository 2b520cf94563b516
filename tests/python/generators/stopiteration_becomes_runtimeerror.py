# PEP 479: StopIteration raised inside a generator body becomes RuntimeError
def bad():
    yield 1
    raise StopIteration('oops')
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))
def leaky(it):
    while True:
        yield next(it)
try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print('RuntimeError:', e)
def safe(it):
    while True:
        try:
            yield next(it)
        except StopIteration:
            return
print(list(safe(iter([1, 2]))))
def via_genexp():
    return list(next(iter([])) for _ in range(1))
try:
    via_genexp()
except RuntimeError as e:
    print('genexp RuntimeError:', e)
