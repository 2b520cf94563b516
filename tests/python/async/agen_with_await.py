# async generators that await between yields: the awaits' yields reach the driver
class Sleep:
    def __init__(self, name):
        self.name = name
    def __await__(self):
        got = yield f'sleep {self.name}'
        return got
async def ticker(n):
    for i in range(n):
        woke = await Sleep(i)
        yield (i, woke)
async def consume():
    out = []
    async for item in ticker(3):
        out.append(item)
    return out
c = consume()
v = c.send(None)
k = 0
while True:
    print('driver sees', v)
    k += 1
    try:
        v = c.send(f'wake{k}')
    except StopIteration as e:
        print('consumed', e.value)
        break
ag = ticker(2)
aw = ag.__anext__()
print(aw.send(None), ag.ag_running, type(ag.ag_await).__name__)
try:
    aw.send('direct')
except StopIteration as e:
    print('item', e.value, ag.ag_running)
