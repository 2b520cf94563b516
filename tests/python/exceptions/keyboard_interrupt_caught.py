# KeyboardInterrupt raised manually: not an Exception, caught explicitly
def work():
    raise KeyboardInterrupt
try:
    try:
        work()
    except Exception:
        print('not caught here')
except KeyboardInterrupt as e:
    print('caught KeyboardInterrupt', repr(e), isinstance(e, BaseException))
try:
    raise KeyboardInterrupt('with message')
except BaseException as e:
    print(type(e).__name__, e.args)
try:
    raise GeneratorExit
except Exception:
    print('no')
except BaseException as e:
    print('GeneratorExit is a BaseException too', repr(e))
