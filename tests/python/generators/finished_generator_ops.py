# operations on a finished generator
def gen():
    yield 1
g = gen()
list(g)
try:
    g.send('value')
except StopIteration as e:
    print('send after exhaustion: StopIteration', e.value)
try:
    g.throw(ValueError('late'))
except ValueError as e:
    print('throw after exhaustion re-raises:', repr(e))
print(g.close(), next(g, 'default'))
def failing():
    yield 1
    raise KeyError('failed')
f = failing()
next(f)
try:
    next(f)
except KeyError:
    print('generator raised')
print(next(f, 'finished after error'), f.gi_frame)
