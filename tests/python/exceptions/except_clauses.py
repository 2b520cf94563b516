# several except clauses: first match wins, order matters, tuples and `as`
def run(exc):
    try:
        if exc:
            raise exc
        result = 'no exception'
    except (KeyError, IndexError) as e:
        result = f'lookup group: {type(e).__name__}'
    except ZeroDivisionError:
        result = 'zero division'
    except ArithmeticError as e:
        result = f'arithmetic: {type(e).__name__}'
    except (TypeError,) as e:
        result = f'type error: {e}'
    except Exception as e:
        result = f'generic: {e!r}'
    return result
for exc in (None, KeyError('a'), IndexError, ZeroDivisionError, OverflowError('big'), TypeError('t'), ValueError('v')):
    print(run(exc))
excs = (ValueError, TypeError)
try:
    int('x')
except excs as e:
    print('dynamic tuple', type(e).__name__)
try:
    raise IndexError
except LookupError:
    print('base class handler')
except IndexError:
    print('never reached')
