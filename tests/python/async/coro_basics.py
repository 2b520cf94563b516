# coroutine objects: type, attributes, send/StopIteration, state flags
async def add(a, b):
    return a + b
async def twice(x):
    first = await add(x, x)
    second = await add(first, first)
    return first, second
c = twice(3)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_code.co_name)
print(c.cr_running, c.cr_suspended, c.cr_await, c.cr_origin)
print(c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print('returned', e.value)
print(c.cr_frame, c.cr_running, c.cr_suspended)
class Box:
    async def method(self):
        return 'method result'
c = Box().method()
print(c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print(e.value, e.args)
async def nothing():
    pass
try:
    nothing().send(None)
except StopIteration as e:
    print('value', e.value, 'args', e.args)
print(hasattr(c, '__iter__'), hasattr(c, '__next__'), hasattr(c, '__await__'))
r = repr(nothing())
print(r.startswith('<coroutine object nothing at 0x'), r.endswith('>'))
