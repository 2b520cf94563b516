# catching by base class: which handlers accept which exceptions
cases = [ZeroDivisionError(), KeyError('k'), IndexError(), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'),
         FileNotFoundError(), NotImplementedError(), UnboundLocalError(), StopIteration(), SystemExit(), GeneratorExit()]
bases = (ArithmeticError, LookupError, ValueError, OSError, RuntimeError, NameError, Exception, BaseException)
for e in cases:
    print(f'{type(e).__name__:20}', [b.__name__ for b in bases if isinstance(e, b)])
def which(exc):
    try:
        raise exc
    except ArithmeticError:
        return 'ArithmeticError handler'
    except LookupError:
        return 'LookupError handler'
    except Exception:
        return 'Exception handler'
    except BaseException:
        return 'BaseException handler'
for e in (OverflowError, KeyError, TypeError, KeyboardInterrupt):
    print(e.__name__, '->', which(e))
