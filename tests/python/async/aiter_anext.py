# aiter() and anext(), with and without a default, over async generators and custom iterators
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def agen():
    yield 'a'
    yield 'b'
class Manual:
    def __init__(self):
        self.left = 2
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.left:
            raise StopAsyncIteration
        self.left -= 1
        return self.left
async def main():
    it = aiter(agen())
    out = [await anext(it), await anext(it), await anext(it, 'default')]
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append('exhausted')
    m = aiter(Manual())
    out += [await anext(m, None), await anext(m, None), await anext(m, None)]
    return out
print(run(main()))
aw = anext(agen(), 'd')
print(type(aw).__name__, aw.__await__() is aw)
try:
    aw.send(None)
except StopIteration as e:
    print('first value', e.value)
for bad in (lambda: aiter(3), lambda: anext([]), lambda: anext('s', 1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
class BadAiter:
    def __aiter__(self):
        return [1]
try:
    aiter(BadAiter())
except TypeError as e:
    print('TypeError:', e)
try:
    aiter()
except TypeError as e:
    print('TypeError:', e)
