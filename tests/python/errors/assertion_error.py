# uncaught AssertionError with a message
values = [1, 2, 3]
assert len(values) == 3, 'three values'
print('first assert ok')
assert sum(values) == 7, f'sum is {sum(values)}, not 7'
