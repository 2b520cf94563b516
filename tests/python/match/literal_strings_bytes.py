# string and bytes literal patterns, including implicit concatenation and prefixes
def f(x):
    match x:
        case 'hello':
            return 'greeting'
        case 'multi' 'part':
            return 'concatenated literal'
        case r'raw\n':
            return 'raw string'
        case b'bytes':
            return 'bytes literal'
        case '':
            return 'empty string'
        case """triple""":
            return 'triple quoted'
        case _:
            return 'no match'
for v in ('hello', 'multipart', 'raw\\n', b'bytes', 'bytes', '', 'triple', bytearray(b'bytes'), 'Hello'):
    print(repr(v), '->', f(v))
try:
    compile("match x:\n    case f'{y}':\n        pass\n", '<m>', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
