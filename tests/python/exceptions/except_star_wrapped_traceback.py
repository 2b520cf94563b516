# A plain exception caught by except* is wrapped in a group that, in CPython 3.11, has no traceback of its own.
def f():
    raise ValueError('x')
try:
    f()
except* ValueError as eg:
    print(eg.__traceback__ is None, eg.exceptions[0].__traceback__ is None, repr(eg))
try:
    try:
        f()
    except* ValueError as eg:
        raise
except BaseException as e:
    print(type(e).__name__, e.__traceback__ is None, repr(e))
try:
    try:
        f()
    except* ValueError as eg:
        raise eg
except BaseException as e:
    print(type(e).__name__, e.__traceback__ is None, e.__traceback__.tb_lineno if e.__traceback__ else None)
