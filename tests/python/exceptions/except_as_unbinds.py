# the `as` target is deleted when the except clause ends
e = 'outer value'
try:
    raise ValueError('x')
except ValueError as e:
    print('inside', repr(e))
try:
    print(e)
except NameError as err:
    print('NameError:', err)
def f():
    exc = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        pass
    return exc
try:
    f()
except UnboundLocalError as err:
    print('UnboundLocalError:', err)
saved = None
try:
    raise KeyError('k')
except KeyError as err:
    saved = err
print('saved survives', repr(saved))
