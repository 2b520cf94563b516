# aiter() and anext() (3.10+) driven by hand without an event loop
class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def agen():
    yield 'first'
    yield 'second'
async def main():
    it = aiter(Counter(2))
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, 'default')
    g = aiter(agen())
    d = [await anext(g), await anext(g), await anext(g, 'exhausted')]
    try:
        await anext(g)
    except StopAsyncIteration:
        d.append('StopAsyncIteration')
    return a, b, c, d
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
for bad in (lambda: aiter([1]), lambda: anext([1])):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
