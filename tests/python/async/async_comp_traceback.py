# an error inside an async generator consumed by an asynchronous list comprehension
async def ag():
    yield 1
    1/0
async def f():
    return [x async for x in ag()]
f().send(None)
