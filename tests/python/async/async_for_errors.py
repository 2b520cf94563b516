# async for protocol errors and exceptions raised inside __anext__ or the loop body
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def loop_over(obj):
    out = []
    async for x in obj:
        out.append(x)
    return out
class NoAnext:
    def __aiter__(self):
        return 7
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 'not awaitable'
class SyncIter:
    def __iter__(self):
        return iter([1])
class FailingAnext:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise KeyError('anext failed')
        return self.i
for obj in (5, [1, 2], SyncIter(), NoAnext(), BadAnext(), FailingAnext()):
    try:
        print(run(loop_over(obj)))
    except (TypeError, KeyError) as e:
        print(type(e).__name__ + ':', e, '| cause:', type(e.__cause__).__name__ if e.__cause__ else None)
async def agen():
    yield 1
    yield 2
async def body_raises():
    async for x in agen():
        if x == 2:
            raise ValueError(f'body failed at {x}')
try:
    run(body_raises())
except ValueError as e:
    print('ValueError:', e)
async def swallow():
    try:
        async for x in FailingAnext():
            pass
    except KeyError as e:
        return 'swallowed ' + str(e)
print(run(swallow()))
