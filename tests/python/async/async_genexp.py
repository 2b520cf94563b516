# asynchronous generator expressions are async generators, usable even outside async functions
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i
async def square(x):
    return x * x
def make():
    return (x * 10 async for x in agen(3))
ge = make()
print(type(ge).__name__, ge.__name__)
async def consume(ag):
    return [v async for v in ag]
print(run(consume(ge)))
ge2 = (await square(x) for x in range(4))
print(type(ge2).__name__)
print(run(consume(ge2)))
async def nested():
    gen = (y async for y in (x + 1 async for x in agen(3)))
    return [z async for z in gen]
print(run(nested()))
sync = (x for x in range(2))
print(type(sync).__name__)
