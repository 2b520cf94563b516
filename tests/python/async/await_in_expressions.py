# await inside all sorts of expressions and statements
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def val(x):
    return x
async def main():
    out = []
    out.append(await val(1) + await val(2))
    out.append([await val(i) for i in range(2)])
    out.append(await val(3) if await val(True) else 0)
    out.append({await val('k'): await val('v')})
    out.append(f'{await val("f")}-{await val(4) * 2}')
    x = await val(5)
    x += await val(10)
    out.append(x)
    d = {}
    d[await val('key')] = await val('value')
    out.append(d)
    out.append(await val(await val('nested')))
    out.append((lambda y: y)(await val('arg')))
    out.append(-await val(7))
    out.append(await val(2) ** await val(3))
    if await val(0):
        out.append('no')
    while not await val(True):
        pass
    try:
        raise ValueError(await val('msg'))
    except ValueError as e:
        out.append(str(e))
    assert await val(True), 'never'
    return out
print(run(main()))
