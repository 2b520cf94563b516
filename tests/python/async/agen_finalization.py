# async generators with try/finally consumed partially by async for, then closed explicitly
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def numbers(log):
    try:
        for i in range(10):
            log.append(f'yield {i}')
            yield i
    finally:
        log.append('cleanup')
async def main():
    log = []
    gen = numbers(log)
    async for x in gen:
        if x == 2:
            break
    log.append('after break')
    await gen.aclose()
    log.append('after aclose')
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        log.append('StopAsyncIteration after close')
    return log
for line in run(main()):
    print(line)
