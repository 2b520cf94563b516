# return in a generator sets StopIteration.value; a bare return ends iteration
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'liftoff'
g = countdown(3)
values = []
while True:
    try:
        values.append(next(g))
    except StopIteration as e:
        print(values, repr(e.value))
        break
print(list(countdown(2)))
def early(items):
    for x in items:
        if x is None:
            return
        yield x
    yield 'end marker'
print(list(early([1, 2, None, 3])), list(early([1])))
def only_return():
    return 5
    yield
g = only_return()
try:
    next(g)
except StopIteration as e:
    print('value', e.value)
def returns_tuple():
    yield
    return 1, 2
g = returns_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
