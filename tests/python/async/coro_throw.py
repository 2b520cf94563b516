# throw() into coroutines: caught, uncaught, delegated through await chains
class Pause:
    def __init__(self, name):
        self.name = name
    def __await__(self):
        try:
            yield f'pause {self.name}'
        except KeyError as e:
            print('  awaitable saw', repr(e))
            raise
async def inner():
    try:
        await Pause('inner')
    except KeyError:
        print('  inner handled KeyError')
        await Pause('inner again')
        return 'inner value'
async def outer():
    v = await inner()
    print('  outer got', v)
    return v.upper()
c = outer()
print(c.send(None))
print(c.throw(KeyError('k')))
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
c = outer()
c.send(None)
c.send(None) if False else None
try:
    c.throw(ValueError, ValueError('typed'))
except ValueError as e:
    print('propagated', repr(e))
print(c.cr_frame)
c = outer()
try:
    c.throw(IndexError('unstarted'))
except IndexError as e:
    print('unstarted throw', repr(e))
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
c = outer()
c.send(None)
try:
    c.throw(1)
except TypeError as e:
    print('TypeError:', e)
c.close()
