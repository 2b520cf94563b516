# coroutines from async def driven by hand with send(None)
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x * y
coro = compute()
print(type(coro).__name__, coro.cr_code.co_name)
try:
    coro.send(None)
except StopIteration as e:
    print('result', e.value)
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(run(compute()), run(add('a', 'b')))
c = add(1, 1)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
c2 = add(1, 2)
run(c2)
try:
    c2.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
co = add(1, 2)
try:
    iter(co)
except TypeError as e:
    print('TypeError:', e)
co.close()
print(repr(co).startswith('<coroutine object add at 0x'))
