# await on objects with __await__; the driver sees values yielded by the awaitable
class Sleep:
    def __init__(self, ticks): self.ticks = ticks
    def __await__(self):
        for t in range(self.ticks):
            got = yield f'sleeping {t + 1}/{self.ticks}'
            if got:
                print('  driver sent', got)
        return f'slept {self.ticks}'
async def task(name, ticks):
    r = await Sleep(ticks)
    return f'{name}: {r}'
def run_all(coros):
    """A tiny round-robin scheduler."""
    pending = list(coros)
    results = []
    step = 0
    started = []
    while pending:
        c = pending.pop(0)
        try:
            msg = c.send('tick' if c in started and step % 3 == 0 else None)
            started.append(c)
            print('yielded', repr(msg))
            pending.append(c)
        except StopIteration as e:
            results.append(e.value)
        step += 1
    return results
print(run_all([task('a', 2), task('b', 1), task('c', 3)]))
class Bad:
    def __await__(self): return 5
async def uses_bad():
    await Bad()
c = uses_bad()
try:
    c.send(None)
except TypeError as e:
    print('TypeError:', e)
async def await_int():
    await 3
c = await_int()
try:
    c.send(None)
except TypeError as e:
    print('TypeError:', e)
