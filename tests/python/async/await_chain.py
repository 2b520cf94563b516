# awaiting coroutines that await other coroutines, with a custom awaitable at the bottom
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        got = yield self.label
        return f'{self.label}<-{got}'
async def leaf(n):
    r = await Tick(f'leaf{n}')
    return r
async def middle():
    results = []
    for i in range(3):
        results.append(await leaf(i))
    return results
async def top():
    a = await middle()
    b = await leaf('x')
    return a + [b]
c = top()
value = c.send(None)
n = 0
while True:
    print('driver got', value)
    n += 1
    try:
        value = c.send(f'v{n}')
    except StopIteration as e:
        print('done', e.value)
        break
