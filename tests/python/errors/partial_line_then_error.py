# output without a trailing newline before an uncaught error
print('partial output', end='')
print(' still the same line', end='')
1 / 0
