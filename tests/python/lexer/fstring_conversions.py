# f-string conversions !r !s !a and self-documenting =
s = 'héllo'
n = 5
print(f'{s!r}|{s!s}|{s!a}')
print(f'''{n!r}|{'single'!r}|{"it's"!r}|{'say "hi"'!r}|''')
print(f'{n=}')
print(f'{n = }')
print(f'{n * 2=}')
print(f'{s=}')
print(f'{s=!s}')
print(f'{n=:5d}|')
print(f'{3.5=:.3f}')
items = [1, 'a']
print(f'{items!r:>12}|')
print(f'{"x"!r:^7}|')
print(f'{len(s)=}, {s.upper()=}')
