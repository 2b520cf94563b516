# assert with and without messages, messages evaluated lazily
def check(x):
    assert x > 0, f'x must be positive, got {x}'
    return x
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print('AssertionError:', e, e.args)
try:
    assert False
except AssertionError as e:
    print('no message:', repr(e), e.args)
def side():
    print('message evaluated')
    return 'msg'
assert True, side()
try:
    assert [], side()
except AssertionError as e:
    print(repr(e))
try:
    assert 0, ('tuple', 'message')
except AssertionError as e:
    print(e.args)
print(__debug__)
