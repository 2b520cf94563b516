# compile-time errors for await, async for and async with in the wrong place, with positions
sources = [
    'await x',
    'def f():\n    await x\n',
    'def f():\n    x = 1\n    return (await x) + 1\n',
    'class C:\n    await x\n',
    'async def f():\n    class C:\n        await x\n',
    'async def f():\n    def g():\n        await x\n',
    'lambda: await x',
    'async def f():\n    lambda: await x\n',
    'def f(x: await y): pass\n',
    'def f():\n    async for x in y:\n        pass\n',
    'async for x in y: pass\n',
    'def f():\n    async with x:\n        pass\n',
    'async with a, b: pass\n',
    'async def f():\n    yield from g()\n',
    'async def f():\n    x = yield from g()\n',
]
for src in sources:
    try:
        compile(src, '<src>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(f'{e.msg} | line {e.lineno} col {e.offset} to {e.end_lineno}:{e.end_offset}')
