# a generator cannot be resumed while it is running
def gen():
    yield next(me)
me = gen()
try:
    next(me)
except ValueError as e:
    print('ValueError:', e)
def sender():
    x = yield 1
    yield s.send(x)
s = sender()
next(s)
try:
    s.send('v')
except ValueError as e:
    print('ValueError:', e)
def delegating():
    yield from d
d = delegating()
try:
    next(d)
except ValueError as e:
    print('ValueError:', e)
