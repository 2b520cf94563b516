# raise forms: class, instance, re-raise, from, chained context
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError('msg', 2)
except ValueError as e:
    print(repr(e), str(e))
try:
    try:
        raise KeyError('inner')
    except KeyError:
        raise
except KeyError as e:
    print('re-raised', repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError('wrapped') from z
except RuntimeError as e:
    print(e, '| cause:', repr(e.__cause__), '| suppress:', e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('during handling')
except TypeError as e:
    print(e, '| context:', repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('no context') from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__)
class MyError(Exception):
    pass
try:
    raise MyError('custom')
except Exception as e:
    print(type(e).__name__, e, isinstance(e, Exception))
