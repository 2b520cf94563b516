# asend awaitables: single use, running checks, non-None first sends
class Pause:
    def __await__(self):
        yield 'paused'
async def gen():
    await Pause()
    got = yield 'item'
    print('  gen got', got)
    yield 'second'
ag = gen()
first = ag.asend(None)
print(first.send(None), ag.ag_running)
for label, make in (('__anext__', ag.__anext__), ('asend', lambda: ag.asend(1)),
                    ('aclose', ag.aclose), ('athrow', lambda: ag.athrow(ValueError))):
    try:
        make().send(None)
    except RuntimeError as e:
        print(label, 'RuntimeError:', e)
try:
    first.send(None)
except StopIteration as e:
    print('first done', e.value, ag.ag_running)
for how in ('send', 'throw'):
    try:
        first.send(None) if how == 'send' else first.throw(ValueError)
    except RuntimeError as e:
        print(how, 'RuntimeError:', e)
second = ag.asend('hello')
try:
    second.send(None)
except StopIteration as e:
    print('second done', e.value)
try:
    gen().asend('early').send(None)
except TypeError as e:
    print('TypeError:', e)
a = gen()
aw = a.__anext__()
print(aw.__await__() is aw, iter(aw) is aw, next(aw))
aw.close()
try:
    aw.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
