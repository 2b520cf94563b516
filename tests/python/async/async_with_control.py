# leaving async with by return, break and continue still awaits __aexit__
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
class Yielding:
    def __await__(self):
        yield 'exit step'
class Manager:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        await Yielding()
        print('  exit', self.name)
async def returns():
    async with Manager('return'):
        return 'value from inside'
async def loops():
    out = []
    for i in range(4):
        async with Manager(f'loop{i}'):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out
async def nested_return():
    async with Manager('outer'):
        try:
            async with Manager('inner'):
                return 'nested'
        finally:
            print('  finally between')
c = returns()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(run(loops()))
print(run(nested_return()))
