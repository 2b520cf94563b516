# async generators' return, asynchronous comprehensions and what still compiles
sources = [
    'async def f():\n    yield 1\n    return 2\n',
    'async def f():\n    return 2\n    yield 1\n',
    'async def f():\n    yield\n    return\n',
    'async def f():\n    await x, (yield 1)\n    return 5\n',
    'def f():\n    return [x async for x in y]\n',
    'def f():\n    return [await x for x in y]\n',
    'def f():\n    return {await x: 1 for x in y}\n',
    'def f():\n    [i for i in range(3) if await i]\n',
    'def f():\n    [[x async for x in y] for z in w]\n',
    '[x async for x in y]\n',
    'async def f():\n    lambda: [x async for x in y]\n',
    'def f():\n    return (x async for x in y)\n',
    'def f():\n    return (await x for x in y)\n',
    '(x async for x in y)\n',
    'async def f():\n    [[x async for x in y] for z in w]\n',
    'async def f():\n    return {k: v async for k, v in y}\n',
    'async def f():\n    async with a as b, c as d:\n        async for x in b:\n            await x\n',
    'async = 1\n',
    'async def f():\n    return await\n',
    'async def f():\n    async while x: pass\n',
]
for src in sources:
    try:
        compile(src, '<src>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(f'{e.msg} | line {e.lineno} col {e.offset} to {e.end_lineno}:{e.end_offset}')
