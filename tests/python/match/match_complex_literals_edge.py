# edge cases of literal patterns: negative zero, large ints, signed complex, string escapes
def f(x):
    match x:
        case -0:
            return 'zero (written -0)'
        case 123456789012345678901234567890:
            return 'huge int'
        case -1.5j:
            return 'negative imaginary'
        case 1 - 0j:
            return 'one minus zero j'
        case '\t\n':
            return 'tab newline'
        case '\u00e9':
            return 'e acute'
        case _:
            return 'other'
for v in (0, -0.0, 123456789012345678901234567890, -1.5j, complex(0, -1.5), 1, 1 + 0j, '\t\n', 'é', 'e'):
    print(repr(v), '->', f(v))
try:
    compile("match x:\n    case 1 + 2:\n        pass\n", '<m>', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    compile("match x:\n    case -x:\n        pass\n", '<m>', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
