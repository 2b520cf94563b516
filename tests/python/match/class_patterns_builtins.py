# built-in classes in class patterns match the whole subject with one positional sub-pattern
def kind(x):
    match x:
        case bool(b):
            return f'bool {b}'
        case int(0):
            return 'int zero'
        case int(n) if n < 0:
            return f'negative int {n}'
        case int():
            return 'some int'
        case float(f):
            return f'float {f}'
        case str('') :
            return 'empty str'
        case str(s):
            return f'str of length {len(s)}'
        case bytes(b) | bytearray(b):
            return f'binary {bytes(b)!r}'
        case list([first, *_]):
            return f'non-empty list starting {first}'
        case list():
            return 'empty list'
        case tuple((a, b)):
            return f'2-tuple {a},{b}'
        case dict({'k': v}):
            return f'dict with k={v}'
        case set() | frozenset():
            return f'a set of {len(x)}'
        case _:
            return 'other ' + type(x).__name__
for v in (True, 0, -4, 12, 2.5, '', 'abc', b'xy', bytearray(b'z'), [9, 8], [], (1, 2), (1, 2, 3), {'k': 1}, {1}, frozenset(), None):
    print(repr(v), '->', kind(v))
