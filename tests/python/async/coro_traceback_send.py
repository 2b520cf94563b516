# an uncaught error raised by an awaitable's iterator, reported through the coroutines awaiting it
class Bad:
    def __await__(self):
        yield 1
        raise KeyError('from the awaitable')
async def waiter():
    await Bad()
async def outer():
    await waiter()
c = outer()
c.send(None)
c.send(None)
