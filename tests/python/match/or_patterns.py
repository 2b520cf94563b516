# or-patterns: alternatives tried left to right, must bind the same names
def f(x):
    match x:
        case 0 | 1 | 2:
            return 'small'
        case [a, 0] | [0, a]:
            return f'pair with a zero, other={a}'
        case {'x': v} | {'y': v}:
            return f'x-or-y={v}'
        case str() | bytes():
            return 'text-ish'
        case (1 | 2) as n, (3 | 4) as m:
            return f'nested or {n},{m}'
        case _:
            return 'other'
for v in (1, [5, 0], [0, 7], {'y': 3}, {'x': 1, 'y': 2}, 'hi', b'hi', (2, 4), (2, 5), 3):
    print(repr(v), '->', f(v))
for src in ("match x:\n    case [a] | b:\n        pass\n",
            "match x:\n    case a | 1:\n        pass\n",
            "match x:\n    case 1 | a:\n        pass\n"):
    try:
        compile(src, '<m>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
