# exceptions propagate through await chains; throw() and close() work on coroutines
class Suspend:
    def __await__(self):
        yield 'suspended'
async def inner():
    try:
        await Suspend()
    except ValueError as e:
        print('  inner caught', repr(e))
        return 'inner recovered'
async def outer():
    r = await inner()
    print('  outer got', r)
    await Suspend()
    return 'outer done'
c = outer()
print(c.send(None))
print(c.throw(ValueError('thrown')))
try:
    c.send(None)
except StopIteration as e:
    print('finished', e.value)
async def failing():
    await Suspend()
    raise KeyError('async failure')
async def caller():
    try:
        await failing()
    except KeyError as e:
        return 'caller handled ' + repr(e)
c = caller()
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
async def with_finally():
    try:
        await Suspend()
    finally:
        print('  coroutine finally on close')
c = with_finally()
c.send(None)
c.close()
print(c.cr_frame is None)
