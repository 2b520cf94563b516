# the value of a yield from expression is the delegate's return value
def summer():
    total = 0
    while True:
        x = yield
        if x is None:
            return total
        total += x
def collect(batches):
    results = []
    for batch in batches:
        acc = summer()
        next(acc)
        for v in batch:
            acc.send(v)
        try:
            acc.send(None)
        except StopIteration as e:
            results.append(e.value)
    return results
print(collect([[1, 2], [10, 20, 30]]))
def child(n):
    for i in range(n):
        yield i
    return f'child({n}) done'
def parent():
    r1 = yield from child(2)
    print('  parent got', r1)
    r2 = yield from child(1)
    print('  parent got', r2)
    r3 = yield from [7, 8]
    print('  list gives', r3)
    return 'parent done'
g = parent()
for v in g:
    print('value', v)
def wrapper():
    result = yield from parent()
    yield 'wrapper saw ' + result
print(list(wrapper())[-1])
