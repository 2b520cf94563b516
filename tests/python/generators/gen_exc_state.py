# a generator's own handled exception across yields, and its callers' one seen through it
import sys
def g():
    raise KeyError('in gen')
    yield
try:
    raise ValueError('caller')
except ValueError:
    try:
        next(g())
    except KeyError as e:
        print(repr(e.__context__))
def g2():
    yield sys.exc_info()[0]
    try:
        raise TypeError
    except TypeError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]
it = g2()
print(next(it))
try:
    raise OSError
except OSError:
    print(next(it))
print(next(it))
try:
    raise IndexError
except IndexError:
    print(next(it))
print(sys.exc_info())
def g3():
    try:
        raise ValueError('x')
    except ValueError:
        yield 1
        raise
it = g3(); next(it)
try:
    next(it)
except ValueError as e:
    print('re', repr(e))
def g4():
    try:
        yield
    except Exception:
        raise RuntimeError('wrapped')
it = g4(); next(it)
try:
    it.throw(KeyError('thrown'))
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
