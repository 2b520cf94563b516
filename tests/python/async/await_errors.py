# await on things that are not awaitable, and bad __await__ results
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
class NoIter:
    def __await__(self):
        return 42
class ReturnsCoro:
    def __await__(self):
        return helper()
async def helper():
    return 'h'
class GenAwait:
    def __await__(self):
        return iter(['a', 'b'])
def plain_gen():
    yield 1
async def await_it(x):
    return await x
for obj in (5, 'text', None, [1], NoIter(), plain_gen(), GenAwait()):
    try:
        print('ok', run(await_it(obj)))
    except TypeError as e:
        print('TypeError:', e)
c = await_it(ReturnsCoro())
try:
    c.send(None)
except TypeError as e:
    print('TypeError:', e)
class Raises:
    def __await__(self):
        raise LookupError('from __await__')
try:
    run(await_it(Raises()))
except LookupError as e:
    print('LookupError:', e)
