# throw() raises an exception at the paused yield; the generator may handle it
def resilient():
    while True:
        try:
            yield 'ok'
        except ValueError as e:
            print('  generator handled', repr(e))
            yield 'recovered'
g = resilient()
print(next(g))
print(g.throw(ValueError('bad')))
print(next(g))
try:
    g.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
print(next(g, 'closed after unhandled throw'))
def fresh():
    print('  never runs')
    yield 1
g = fresh()
try:
    g.throw(IndexError('into unstarted'))
except IndexError as e:
    print('unstarted generator raises immediately', repr(e))
print(next(g, 'and is then finished'))
g = resilient()
next(g)
print(g.throw(ValueError))
