# __traceback__ and with_traceback
def fail():
    raise ValueError('boom')
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    print(tb is not None, type(tb).__name__)
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print('traceback entries:', depth)
e = ValueError('fresh')
print(e.__traceback__)
try:
    raise e
except ValueError as caught:
    saved_tb = caught.__traceback__
print(saved_tb is not None)
e2 = KeyError('k')
r = e2.with_traceback(saved_tb)
print(r is e2, e2.__traceback__ is saved_tb)
try:
    e2.with_traceback('x')
except TypeError as err:
    print('TypeError:', err)
print(ValueError().with_traceback(None).__traceback__)
