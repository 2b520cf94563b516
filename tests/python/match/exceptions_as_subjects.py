# matching exception objects with class patterns and attribute keywords
def explain(exc):
    match exc:
        case KeyError(args=(key,)):
            return f'missing key {key!r}'
        case OSError(errno=2, filename=f):
            return f'file not found: {f}'
        case ValueError(args=(str() as msg, *_)) if 'int' in msg:
            return 'bad integer literal'
        case ArithmeticError() as e:
            return f'arithmetic problem: {type(e).__name__}'
        case BaseException(args=()):
            return 'exception without arguments'
        case _:
            return 'unrecognised'
tests = [lambda: {}['k'], lambda: int('z'), lambda: 1 / 0, lambda: 2.0 ** 5000]
for t in tests:
    try:
        t()
    except Exception as e:
        print(explain(e))
print(explain(FileNotFoundError(2, 'No such file', 'a.txt')), explain(RuntimeError()), explain(RuntimeError('x')))
