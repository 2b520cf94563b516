# exceptions escaping async generators: StopIteration/StopAsyncIteration conversions, errors mid-iteration
def step(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ('value', e.value)
    except BaseException as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else None
        return (type(e).__name__, str(e), cause)
async def raises_stop_iteration():
    yield 1
    raise StopIteration('no')
async def raises_stop_async():
    yield 1
    raise StopAsyncIteration('no')
async def raises_value():
    yield 1
    raise ValueError('mid-iteration')
for fn in (raises_stop_iteration, raises_stop_async, raises_value):
    ag = fn()
    print(fn.__name__, step(ag.__anext__()), step(ag.__anext__()), step(ag.__anext__()))
async def returns_early():
    yield 1
    return
ag = returns_early()
print(step(ag.__anext__()), step(ag.__anext__()), step(ag.__anext__()))
print(step(ag.aclose()), step(ag.athrow(ValueError)))
