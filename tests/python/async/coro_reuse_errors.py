# reusing, re-awaiting and double-awaiting coroutines
class Pause:
    def __await__(self):
        yield 'paused'
async def f():
    return 1
c = f()
try:
    c.send(None)
except StopIteration:
    pass
for action in ('send', 'throw', 'close'):
    try:
        if action == 'send':
            c.send(None)
        elif action == 'throw':
            c.throw(ValueError('late'))
        else:
            print('close ->', c.close())
    except RuntimeError as e:
        print(action, 'RuntimeError:', e)
async def twice():
    inner = f()
    print('first', await inner)
    await inner
try:
    twice().send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
async def slow():
    await Pause()
async def steal(other):
    await other
s = slow()
print(s.send(None))
try:
    steal(s).send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
print(s.cr_await is not None, type(s.cr_await).__name__)
s.close()
print(s.cr_await, s.cr_frame)
c = f()
try:
    c.send(42)
except TypeError as e:
    print('TypeError:', e)
c.close()
