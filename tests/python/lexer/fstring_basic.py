# f-string basics: expressions, nesting, quotes, braces
name = 'world'
n = 3
print(f'hello {name}')
print(f'{n} + {n} = {n + n}')
print(f'{name.upper()} {len(name)} {name[1:3]}')
print(f"{'nested quotes'}")
print(f'{{literal braces}} {n}')
print(f'{[i * i for i in range(n)]}')
print(f'{ {"k": n}["k"] }')
print(f'{n if n > 2 else 0}')
d = {'a': 1}
print(f"{d['a']}")
print(f'''{n}
{name}''')
print(f'{n}{n}{n}')
print(f'{(lambda x: x * 2)(n)}')
print(f'{"a" "b"}')
