# 'return' with a value in an async generator
print('never printed')
async def agen():
    yield 1
    return 'value'
