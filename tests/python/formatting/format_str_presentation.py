# string format specs: width, precision (truncation), alignment and forbidden options
s = 'formatting'
print('[' + format(s, '.4') + ']', '[' + format(s, '12.3') + ']', '[' + format(s, '>12.5s') + ']', '[' + format(s, '*^14.6') + ']')
print('[' + format('', '5') + ']', '[' + format('abc', '') + ']', '[' + format('abc', 's') + ']', '[' + format('abc', '.0') + ']')
print('[' + format('ünï', '^7') + ']', '[' + format('😀x', '>4') + ']')
for bad in ('=5', '+5', ' 5', 'z5', '#5', ',', '05d', 'd', 'x'):
    try:
        print(repr(format('abc', bad)))
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
print(repr(format('abc', '05')), repr(format('abc', '<05')))
