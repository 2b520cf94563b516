# a tiny round-robin event loop over coroutines: tasks, sleeping, joining, an async queue
class Sleep:
    def __await__(self):
        yield ('sleep',)
class Join:
    def __init__(self, task):
        self.task = task
    def __await__(self):
        while not self.task.done:
            yield ('sleep',)
        return self.task.result
class Task:
    def __init__(self, coro, name):
        self.coro, self.name = coro, name
        self.done, self.result = False, None
class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
    def spawn(self, coro, name):
        t = Task(coro, name)
        self.ready.append(t)
        return t
    def run(self):
        while self.ready:
            t = self.ready.pop(0)
            try:
                t.coro.send(None)
                self.ready.append(t)
            except StopIteration as e:
                t.done, t.result = True, e.value
                self.log.append(f'{t.name} finished with {e.value!r}')
            except Exception as e:
                t.done = True
                self.log.append(f'{t.name} failed: {type(e).__name__}: {e}')
class Queue:
    def __init__(self):
        self.items = []
    async def get(self):
        while not self.items:
            await Sleep()
        return self.items.pop(0)
    def put(self, x):
        self.items.append(x)
async def producer(q, n):
    for i in range(n):
        q.put(i)
        await Sleep()
    q.put(None)
    return 'produced'
async def consumer(q):
    total = 0
    while (item := await q.get()) is not None:
        total += item
    return total
async def failing():
    await Sleep()
    raise ValueError('task error')
async def parent(loop):
    q = Queue()
    c = loop.spawn(consumer(q), 'consumer')
    p = loop.spawn(producer(q, 5), 'producer')
    f = loop.spawn(failing(), 'failing')
    return await Join(c), await Join(p)
loop = Loop()
loop.spawn(parent(loop), 'parent')
loop.run()
for line in loop.log:
    print(line)
