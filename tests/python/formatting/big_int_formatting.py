# formatting very large integers in every base and with grouping
n = 2 ** 200 - 1
print(n)
print(format(n, ','))
print(format(n, '_x'))
print(format(-n, '#o'))
print(len(format(n, 'b')), format(n, 'b').count('1'))
print('%d' % 10 ** 40, '%x' % 10 ** 40, f'{10 ** 40:e}', f'{10 ** 40:.3g}')
print(f'{-10 ** 25:>40,}|')
print(f'{10 ** 25:^+40_}|')
print(str(10 ** 100)[:10], len(str(10 ** 100)), repr(-10 ** 30))
