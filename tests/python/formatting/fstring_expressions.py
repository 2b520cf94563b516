# arbitrary expressions inside f-strings
d = {'key': 'value', 'n': 3}
xs = [1, 2, 3]
print(f"{d['key']} {d['n'] * 2} {xs[-1]} {xs[1:]}")
print(f'{"yes" if xs else "no"} {(lambda v: v * 10)(4)} {[x * x for x in xs]} {sum(x for x in xs)}')
print(f'{(y := 5) + 1} {y}')
print(f'{{literal}} {{{xs[0]}}} {"{"}{"}"}')
print(f'{3 + 4j} {-0.0} {10 ** 20} {1/3:.3} {"a" "b"}')
print(f'{"nested " + f"{xs[0]:03d}"}', f'''{"triple"}''', f"""{'mixed' + "quotes"}""")
print(rf'{xs}\n', fr'\t{d["n"]}')
print(f'{xs!r:>15}', f'{d!s:.10}')
obj = type('O', (), {'attr': 'attribute', 'method': lambda self: 'method result'})()
print(f'{obj.attr} {obj.method()} {type(obj).__name__}')
multi = f'''line1 {xs[0]}
line2 {xs[1]}'''
print(multi)
print(f'{xs[0]:{xs[1]}{xs[2]}}|')
