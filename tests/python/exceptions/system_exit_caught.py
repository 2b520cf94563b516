# SystemExit can be caught; its code attribute reflects the argument
import sys
for arg in ((), (0,), (5,), ('message',), (None,)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(arg), '->', repr(e.code), e.args, isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print('two args:', e.code, e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print('TypeError:', e)
try:
    raise SystemExit
except SystemExit as e:
    print('bare class:', e.code)
try:
    exit_code = 0
    try:
        sys.exit(2)
    except Exception:
        print('not caught by except Exception')
except BaseException as e:
    print('caught by BaseException', type(e).__name__, e.code)
print('still running')
