# as-patterns bind the subject of a sub-pattern while still checking it
def f(x):
    match x:
        case [int() as a, int() as b] as whole:
            return f'ints {a},{b} in {whole}'
        case {'user': {'name': str() as name} as user}:
            return f'user {name}: {user}'
        case (0 | 1) as bit:
            return f'bit {bit}'
        case [*_] as seq if len(seq) > 2:
            return f'long sequence {seq}'
        case str() as s:
            return f'string {s!r}'
        case other:
            return f'other {other!r}'
for v in ([1, 2], [1, 'x'], {'user': {'name': 'zed', 'age': 3}}, 1, (1, 2, 3), 'txt', 2.0):
    print(f(v))
try:
    compile("match x:\n    case 1 as _:\n        pass\n", '<m>', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    compile("match x:\n    case 1 as y.z:\n        pass\n", '<m>', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
