# f-strings nested inside f-string expressions (using different quotes)
x, w = 3.14159, 8
print(f'{f"{x:.2f}":>{w}}|')
print(f"{'+'.join(f'{i:02}' for i in range(4))}")
print(f'''{f"{f'{x:.1f}'}!"}''')
names = ['a', 'bb']
print(f"{', '.join(f'{n!r}' for n in names)}")
print(f'{"".join(f"[{c}]" for c in "xyz")}')
table = {'r1': [1, 2], 'r2': [30, 4]}
print('\n'.join(f"{k}: {' '.join(f'{v:>3}' for v in vals)}" for k, vals in table.items()))
