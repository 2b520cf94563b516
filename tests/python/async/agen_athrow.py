# athrow(): exceptions thrown at the paused yield of an async generator
def step(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ('value', e.value)
    except Exception as e:
        return (type(e).__name__, str(e))
async def resilient():
    i = 0
    while True:
        try:
            yield i
        except ValueError as e:
            print('  handled', repr(e))
            i += 100
        i += 1
ag = resilient()
print(step(ag.__anext__()))
print(step(ag.athrow(ValueError('bad'))))
print(step(ag.__anext__()))
print(step(ag.athrow(ValueError, 'typed')))
print(step(ag.athrow(KeyError('fatal'))))
print(step(ag.__anext__()))
print(step(ag.athrow(ValueError)))
fresh = resilient()
print(step(fresh.athrow(ValueError('before start'))))
print(step(fresh.__anext__()))
a = resilient()
t = a.athrow(ValueError)
try:
    t.send(None)
except ValueError as e:
    print('athrow on unstarted raised', repr(e))
try:
    t.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    t.throw(KeyError)
except RuntimeError as e:
    print('RuntimeError:', e)
