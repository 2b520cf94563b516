# asynchronous comprehensions: list/set/dict with async for and await, nested, with conditions
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
async def main():
    a = [x async for x in agen(5)]
    b = {x % 3 async for x in agen(7)}
    c = {x: await double(x) async for x in agen(3)}
    d = [await double(x) for x in range(4)]
    e = [x async for x in agen(10) if x % 2 if await double(x) > 4]
    f = [(x, y) async for x in agen(3) for y in range(x)]
    g = [[y async for y in agen(x)] for x in range(4)]
    h = [x for x in [await double(i) for i in range(3)]]
    return a, sorted(b), c, d, e, f, g, h
for part in run(main()):
    print(part)
async def scoping():
    x = 'outer'
    r = [x async for x in agen(2)]
    return x, r
print(run(scoping()))
