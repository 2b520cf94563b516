# send() passes through yield from to the innermost generator
def inner():
    log = []
    while True:
        v = yield f'inner has {len(log)}'
        if v == 'stop':
            return log
        log.append(v)
def middle():
    result = yield from inner()
    print('  middle received', result)
    yield 'middle done'
def outer():
    yield from middle()
g = outer()
print(next(g))
print(g.send('a'))
print(g.send('b'))
print(g.send('stop'))
print(next(g, 'exhausted'))
def to_list_iter():
    yield from [1, 2, 3]
g = to_list_iter()
next(g)
try:
    g.send('x')
except AttributeError as e:
    print('AttributeError:', e)
