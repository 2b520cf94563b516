# %-formatting of bools, None, floats as ints and ints as floats
print('%s %d %r %f %x' % (True, True, False, True, True))
print('%s %r' % (None, None), '%d' % 3.999, '%d' % -3.999, '%i' % 1e20)
print('%s' % 1.0, '%r' % 1.0, '%s' % 1e16, '%s' % -0.0, '%.0f' % 0.5, '%.0f' % 1.5)
print('%5s|%-5s|%05s' % (True, None, 'ab'))
print('%s' % (None,), '%s %s' % (True, (1,)))
try:
    '%d' % None
except TypeError as e:
    print('TypeError:', e)
try:
    '%d' % float('nan')
except ValueError as e:
    print('ValueError:', e)
try:
    '%d' % float('inf')
except OverflowError as e:
    print('OverflowError:', e)
