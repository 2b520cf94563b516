# an exception escapes a chain of coroutines: the traceback runs through every await
class Step:
    def __await__(self):
        yield 'step'
async def level3(x):
    await Step()
    return 10 // x
async def level2(x):
    return await level3(x)
async def level1(x):
    v = await level2(x)
    return v + 1
c = level1(0)
print(c.send(None))
c.send(None)
