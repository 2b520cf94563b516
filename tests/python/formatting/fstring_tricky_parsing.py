# f-string parsing corner cases: != vs !r, colons inside brackets and lambdas, dict keys with colons
a, b = 1, 2
d = {'a:b': 'colon key', 'k': 'v'}
xs = [10, 20, 30, 40]
print(f'{a!=b}', f'{a != b}', f'{a==b}', f'{a!=b=}', f'{a<b}', f'{not a}')
print(f'{xs[1:3]}', f'{xs[::2]}', f'{d["a:b"]}', f"{d['k']:>4}")
print(f'{(lambda x: x * 2)(21)}', f'{(lambda: "lam")():^7}|')
print(f'{a if a else b:>5}|', f'{xs[a:b]!r:>8}|', f'{"a" if a > b else "b"}')
print(f'{3:{"+"}}', f'{"{}"}', f'{"}"}', f'{d}', f'{ {"set"} }', f'{ {1: 2}[1] }')
print(f'{a:b}', f'{a:{b}}', f'{xs[0]:x}', f'{-a:{"="}+{5}}')
