# match with literal, or, wildcard and capture patterns
def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 'hello':
            return 'greeting'
        case True:
            return 'true'
        case None:
            return 'none'
        case 2.5:
            return 'two and a half'
        case 1j:
            return 'imaginary'
        case b'raw':
            return 'bytes'
        case _:
            return 'something else'
for v in [0, 2, -1, 'hello', True, None, 2.5, 1j, b'raw', 'other', 1.0, False]:
    print(repr(v), '->', describe(v))
match 42:
    case n:
        print('captured', n)
