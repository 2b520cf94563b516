# compile-time errors around async/await and generators
sources = [
    'await x',
    'def f():\n    await x\n',
    'async def f():\n    yield from g()\n',
    'def f():\n    async for x in y:\n        pass\n',
    'def f():\n    async with x:\n        pass\n',
    'async def f():\n    yield 1\n    return 2\n',
    'async def f():\n    return [x async for x in y]\n',
    'async def f():\n    await x\n    yield 1\n',
    'def f():\n    return [x async for x in y]\n',
]
for src in sources:
    try:
        compile(src, '<async>', 'exec')
        print('compiled:', src.splitlines()[-1].strip())
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
