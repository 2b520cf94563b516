# __aexit__ raising while the body's exception is handled: the uncaught traceback shows both
class M:
    async def __aenter__(self): return self
    async def __aexit__(self, *a):
        raise KeyError('exit')
async def f():
    async with M():
        raise ValueError('body')
f().send(None)
