# exceptions inside coroutines: propagation, context, StopIteration conversion
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def fails():
    raise ValueError('inner failure')
async def catches():
    try:
        await fails()
    except ValueError as e:
        return f'caught {e!r}'
print(run(catches()))
async def chains():
    try:
        await fails()
    except ValueError:
        raise KeyError('outer')
try:
    run(chains())
except KeyError as e:
    print(repr(e), repr(e.__context__))
async def raises_stop():
    raise StopIteration('oops')
try:
    run(raises_stop())
except RuntimeError as e:
    print('RuntimeError:', e, '| cause:', repr(e.__cause__))
async def stop_async():
    raise StopAsyncIteration
try:
    run(stop_async())
except StopAsyncIteration as e:
    print('StopAsyncIteration passes through a coroutine', type(e).__name__)
async def finally_order(log):
    try:
        log.append('try')
        await fails()
    finally:
        log.append('finally')
log = []
try:
    run(finally_order(log))
except ValueError:
    log.append('caller')
print(log)
async def reraiser():
    try:
        await fails()
    except ValueError as e:
        err = e
    raise err
try:
    run(reraiser())
except ValueError as e:
    print('re-raised', e)
