# async with protocol errors
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
class OnlyEnter:
    async def __aenter__(self):
        return 1
class SyncManager:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        return False
class EnterNotAwaitable:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        return False
class ExitNotAwaitable:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return False
async def use(m):
    async with m:
        return 'body ran'
for m in (3, OnlyEnter(), SyncManager(), EnterNotAwaitable(), ExitNotAwaitable()):
    try:
        print(run(use(m)))
    except TypeError as e:
        print(type(m).__name__, 'TypeError:', e)
class ExitRaises:
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, ev, tb):
        raise RuntimeError(f'exit saw {et.__name__ if et else None}')
async def body_fails():
    async with ExitRaises():
        raise ValueError('body')
try:
    run(body_fails())
except RuntimeError as e:
    print('RuntimeError:', e, '| context:', repr(e.__context__))
