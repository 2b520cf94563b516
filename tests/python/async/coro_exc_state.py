# the exception a coroutine handles survives its awaits: bare raise, __context__, sys.exc_info() fallback
class P:
    def __await__(self):
        yield 1
async def f():
    try:
        raise ValueError('v')
    except ValueError:
        await P()
        raise
c = f()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print('reraised', repr(e))
async def g():
    try:
        raise KeyError('k')
    except KeyError:
        await P()
        raise TypeError('t')
c = g(); c.send(None)
try:
    c.send(None)
except TypeError as e:
    print(repr(e.__context__))
async def h():
    async with M() as m:
        yield m
class M:
    async def __aenter__(self): return 'm'
    async def __aexit__(self, *a): print('exit', a[0]); return False
async def main():
    async for v in h():
        print(v)
    return 'ok'
try:
    main().send(None)
except StopIteration as e:
    print(e.value)
import sys
async def k():
    await P()
    return sys.exc_info()[0]
c = k(); c.send(None)
try:
    raise OSError
except OSError:
    try:
        c.send(None)
    except StopIteration as e:
        print(e.value)
