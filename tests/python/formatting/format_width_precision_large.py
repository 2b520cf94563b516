# large widths and precisions are honoured exactly
print(len(format('x', '500')), len(format(1, '1000')), format(1, '>30') .count(' '))
print(format(0.1, '.50f'))
print(format(1 / 3, '.40e'))
print(format(2 ** 0.5, '.60g'))
print(format(1e100, '.0f'))
print(len(format(1e308, '.10f')), format(1e308, '.10f')[:12])
print('%.60f' % 0.5)
print(f'{12.5:60.2f}|')
