# aclose(): GeneratorExit at the paused yield, finally blocks, ignoring GeneratorExit
def step(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ('value', e.value)
    except BaseException as e:
        return (type(e).__name__, str(e))
async def tidy():
    try:
        yield 1
        yield 2
    finally:
        print('  tidy finally')
ag = tidy()
print(step(ag.__anext__()))
print(step(ag.aclose()))
print(step(ag.__anext__()))
print(step(ag.aclose()))
print(step(tidy().aclose()))
async def stubborn():
    try:
        yield 'first'
    except GeneratorExit:
        print('  stubborn caught GeneratorExit')
        yield 'second'
ag = stubborn()
print(step(ag.__anext__()))
print(step(ag.aclose()))
async def swaps():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError('replaced')
ag = swaps()
print(step(ag.__anext__()))
print(step(ag.aclose()))
a = tidy()
print(step(a.__anext__()))
closer = a.aclose()
print(step(closer))
try:
    closer.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
try:
    tidy().aclose().send('x')
except RuntimeError as e:
    print('RuntimeError:', e)
