# an exception raised in finally replaces the one in flight, which becomes its context
def f():
    try:
        raise ValueError('original')
    finally:
        raise TypeError('from finally')
try:
    f()
except Exception as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        return 'value'
    finally:
        raise KeyError('finally wins over return')
try:
    g()
except KeyError as e:
    print(repr(e), e.__context__)
def h():
    try:
        try:
            raise IndexError('deep')
        finally:
            print('inner finally runs')
    finally:
        print('outer finally runs')
try:
    h()
except IndexError as e:
    print('propagated', repr(e))
