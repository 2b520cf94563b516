# f-string !r/!s/!a and the = self-documenting specifier with spacing
name = 'Zoë'
n = 42
items = [1, 2]
print(f'{name!r} {name!s} {name!a} {n!r}')
print(f'{name=}', f'{n=}', f'{items=}')
print(f'{n = }', f'{n= }', f'{n =}', f'{ n = }')
print(f'{name=!s}', f'{name=!a}', f'{n=:>6}', f'{n=!r:^8}|')
print(f'{n * 2 + 1=}', f'{items[0]=}', f'{len(items)=}', f'{name.upper()=}')
x = 3.14159
print(f'{x=:.2f}', f'{x = :10.3e}')
print(f'{"quoted"=}', f"{'single'=}")
print(f'{n=}{n=}')
