# sys.exc_info() and sys.exception() reflect the exception currently being handled
import sys
print(sys.exc_info())
try:
    raise ValueError('v')
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
    try:
        raise KeyError('k')
    except KeyError:
        print('inner', sys.exc_info()[0].__name__)
    print('restored', sys.exc_info()[0].__name__)
print(sys.exc_info(), sys.exception())
def helper():
    return sys.exc_info()[1]
try:
    1 / 0
except ZeroDivisionError:
    print('visible in callee:', repr(helper()))
