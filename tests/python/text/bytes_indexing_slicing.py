# indexing bytes gives ints; slicing gives bytes; iteration yields ints
b = b'Hello'
print(b[0], b[-1], type(b[0]).__name__, b[1:3], b[::-1], b[::2], b[10:], b[:0])
print(list(b), [chr(c) for c in b], tuple(b'ab'), set(b'aab') == {97, 98})
print(72 in b, b'ell' in b, b'' in b, b'lo' in bytearray(b'hello'))
ba = bytearray(b'Hello')
print(ba[0], ba[1:3], type(ba[1:3]).__name__, ba[-2:])
try:
    b[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    b[10]
except IndexError as e:
    print('IndexError:', e)
try:
    300 in b
except ValueError as e:
    print('ValueError:', e)
try:
    'e' in b
except TypeError as e:
    print('TypeError:', e)
print(b * 2, b + b'!', b'ab' < b'b', b'a' == bytearray(b'a'), len(b), b'a' + bytearray(b'b'), bytearray(b'a') + b'b')
