# f-string format specs built from nested replacement fields
value = 3.14159
for fill, align, width, prec, typ in (('*', '^', 12, 3, 'f'), ('0', '>', 10, 2, 'e'), (' ', '<', 8, 1, '%'), ('-', '=', 9, 0, 'f')):
    print(f'[{value:{fill}{align}{width}.{prec}{typ}}]')
spec = '>+10.2f'
print(f'[{value:{spec}}]', f'[{-value:{spec}}]')
width = 6
print(f'[{"x":{width}}]', f'[{42:{width * 2}}]', f'[{"x":{"^"}{width + 1}}]')
items = [('apple', 1.5), ('kiwi', 12.25)]
w = max(len(n) for n, _ in items)
for name, price in items:
    print(f'{name:<{w}} | {price:>{w}.{1 + 1}f}')
print(f'{value:{"."}{"^"}{10}}', f'{"nested":{"*"}>{len("nested") + 4}}')
