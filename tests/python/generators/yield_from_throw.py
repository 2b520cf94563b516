# throw() is forwarded to the delegate; if it handles the exception, delegation continues
def inner():
    while True:
        try:
            yield 'inner value'
        except ValueError as e:
            print('  inner handled', e)
            yield 'inner recovered'
def outer():
    try:
        yield from inner()
    except KeyError as e:
        print('  outer handled', repr(e))
        yield 'outer recovered'
g = outer()
print(next(g))
print(g.throw(ValueError('v')))
print(next(g))
print(g.throw(KeyError('k')))
print(next(g, 'done'))
def plain_outer():
    yield from iter([1, 2])
g = plain_outer()
next(g)
try:
    g.throw(IndexError('into list iterator'))
except IndexError as e:
    print('propagated from delegate without throw():', repr(e))
