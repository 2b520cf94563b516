# async with: enter/exit order, targets, nesting, multiple items, suppression
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print('  enter', self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print('  exit', self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
async def main():
    async with Manager('a') as a:
        print('  body with', a)
    async with Manager('outer') as o, Manager('inner') as i:
        print('  body with', o, i)
    async with Manager('s', suppress=True):
        raise ValueError('suppressed')
    print('  after suppression')
    async with Manager('x'):
        async with Manager('y', suppress=True):
            raise KeyError('k')
    async with Manager('t') as (first, *rest):
        print('  unpacked', first, rest)
    return 'main done'
print(run(main()))
async def fails():
    async with Manager('f'):
        raise ValueError('escapes')
try:
    run(fails())
except ValueError as e:
    print('ValueError:', e)
