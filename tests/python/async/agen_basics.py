# async generators driven by hand: __anext__, asend, attributes
def step(aw):
    """Drives one awaitable to completion; returns ('value', v) or the exception name."""
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ('value', e.value)
    except StopAsyncIteration:
        return 'StopAsyncIteration'
async def countdown(n):
    while n > 0:
        yield n
        n -= 1
ag = countdown(3)
print(type(ag).__name__, ag.__name__, ag.__qualname__, ag.ag_code.co_name)
print(ag.ag_running, ag.ag_await, ag.ag_frame is not None)
print(ag.__aiter__() is ag)
for _ in range(5):
    print(step(ag.__anext__()))
print(ag.ag_frame)
print(type(ag.__anext__()).__name__, type(ag.asend(None)).__name__)
print(type(ag.athrow(ValueError)).__name__, type(ag.aclose()).__name__)
r = repr(countdown(1))
print(r.startswith('<async_generator object countdown at 0x'))
async def echo():
    received = []
    while True:
        got = yield len(received)
        if got is None:
            return
        received.append(got)
        print('  echo got', got)
e = echo()
print(step(e.asend(None)))
print(step(e.asend('a')))
print(step(e.asend('b')))
print(step(e.asend(None)))
print(step(e.asend('late')))
