# built-in exception hierarchy as seen through except clauses
def classify(exc):
    names = []
    for cls in (Exception, ArithmeticError, LookupError, ValueError, TypeError, NameError, OSError):
        if isinstance(exc, cls):
            names.append(cls.__name__)
    return names
errors = [ZeroDivisionError('z'), OverflowError('o'), IndexError('i'), KeyError('k'),
          UnboundLocalError('u'), ValueError('v'), UnicodeError('uni'), TypeError('t'),
          AttributeError('a'), RecursionError('r'), StopIteration(), AssertionError(),
          FileNotFoundError('f'), NotImplementedError('n')]
for e in errors:
    print(f'{type(e).__name__:20} {classify(e)}  base={type(e).__bases__[0].__name__}')
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(Exception, BaseException), issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(bool, int), issubclass(ModuleNotFoundError, ImportError))
try:
    raise KeyError('x')
except (IndexError, ValueError):
    print('wrong')
except LookupError as e:
    print('LookupError caught', type(e).__name__)
