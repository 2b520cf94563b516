# a module-level await is a SyntaxError reported before anything runs
print('never printed')
async def f():
    return 1
await f()
