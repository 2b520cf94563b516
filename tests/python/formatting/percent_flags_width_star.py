# flag combinations and * for width and precision
print('[%*d]' % (6, 42), '[%-*d]' % (6, 42), '[%.*f]' % (2, 3.14159), '[%*.*f]' % (9, 3, 2.71828))
print('[%*s]' % (-6, 'neg'), '[%0*d]' % (5, -3))
for flags in ('', '-', '+', ' ', '0', '#', '-+', '+0', ' 0', '-#', '#0', '-0'):
    fmt = '[%' + flags + '8x]'
    fmt2 = '[%' + flags + '8.2f]'
    print(f'{flags!r:6}', fmt % 255, fmt % -255, fmt2 % 3.14159, fmt2 % -3.14159)
try:
    '%*d' % ('a', 1)
except TypeError as e:
    print('TypeError:', e)
