# async generators, async for and async with, driven without an event loop
class Resource:
    async def __aenter__(self):
        print('  aenter')
        return 'resource'
    async def __aexit__(self, et, ev, tb):
        print('  aexit', et.__name__ if et else None)
        return False
async def agen(n):
    for i in range(n):
        yield i * 10
class ATicker:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return f'tick{self.i}'
async def main():
    out = []
    async with Resource() as r:
        out.append(r)
        async for v in agen(3):
            out.append(v)
        async for t in ATicker(2):
            out.append(t)
    out.append([x async for x in agen(2)])
    return out
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
ag = agen(2)
print(type(ag).__name__, ag.__aiter__() is ag, ag.__name__)
async def first_two():
    it = agen(5).__aiter__()
    return [await it.__anext__(), await it.__anext__()]
print(run(first_two()))
