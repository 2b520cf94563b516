# an error inside an async generator consumed by async for: the uncaught traceback
async def source():
    yield 1
    raise LookupError('source broke')
async def consumer():
    async for x in source():
        print('got', x)
c = consumer()
c.send(None)
