# assert passes silently or raises AssertionError
assert True
assert 1 == 1, 'never shown'
try:
    assert 1 == 2
except AssertionError as e:
    print('AssertionError', repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater'
except AssertionError as e:
    print('AssertionError', e)
try:
    assert [], ['a', 'list', 'message']
except AssertionError as e:
    print(e.args[0])
x = 5
assert x > 0, f'x={x}'
print('done')
