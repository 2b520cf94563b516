# close(): GeneratorExit through awaits, finally blocks, ignoring GeneratorExit
class Pause:
    def __await__(self):
        try:
            yield 'pause'
        finally:
            print('  awaitable finally')
async def guarded():
    try:
        await Pause()
    finally:
        print('  coroutine finally')
c = guarded()
c.send(None)
print('close returns', c.close())
print(c.cr_frame, c.cr_suspended)
print('close again', c.close())
async def stubborn():
    try:
        await Pause()
    except GeneratorExit:
        print('  caught GeneratorExit')
        await Pause()
c = stubborn()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print('RuntimeError:', e)
print('second close', c.close(), c.cr_frame)
async def converts():
    try:
        await Pause()
    except GeneratorExit:
        raise ValueError('converted')
c = converts()
c.send(None)
try:
    c.close()
except ValueError as e:
    print('ValueError:', e)
c = guarded()
c.close()
print('closed before start', c.cr_frame)
