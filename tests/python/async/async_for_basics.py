# async for over async generators and hand-written async iterators, with else, break, continue
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    log = []
    async for x in agen(3):
        log.append(x)
    else:
        log.append('else after agen')
    async for x in Countdown(5):
        if x == 3:
            continue
        if x == 1:
            break
        log.append(x)
    else:
        log.append('not reached')
    async for a, b in agen2():
        log.append(a + b)
    async for x in agen(0):
        log.append('never')
    else:
        log.append('empty else')
    total = 0
    async for x in agen(4):
        async for y in agen(x):
            total += y
    log.append(total)
    return log
async def agen2():
    yield 1, 2
    yield 3, 4
print(run(main()))
async def returns_inside():
    async for x in agen(10):
        if x == 2:
            return f'returned at {x}'
print(run(returns_inside()))
