# misc string building: str.join with formatting, concatenation, repetition and templates
names = ['ann', 'bob', 'cy']
print(', '.join(f'{i}:{n.title()}' for i, n in enumerate(names, 1)))
print(' | '.join('%-5s' % n for n in names) + '|')
print('\n'.join('{:>{w}}'.format(n, w=len(max(names, key=len)) + 2) for n in names))
template = 'Dear {title} {name},\n  Your balance is {balance:,.2f}.'
print(template.format(title='Dr.', name='Who', balance=-1234.5))
row = '{:^7}' * 3
print(row.format('a', 'b', 'c') + '|')
print(('%s=%d ' * 2) % ('x', 1, 'y', 2) + '|')
fields = {'h': 'head', 't': 'tail'}
print('{h}...{t}'.format(**fields), '{h}'.format_map(fields), '%(h)s' % fields)
print(str(3) + str(4.0) + str(None) + str([5]) + str((6,)) + str({7}) + str({8: 9}))
