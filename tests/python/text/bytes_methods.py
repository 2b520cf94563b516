# the str-like methods of bytes
b = b'  Hello, World  '
print(b.strip(), b.lstrip(), b.rstrip(b' d'), b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(), b.split(b','), b.rsplit(None, 1), b.replace(b'l', b'L', 2), b.count(b'l'), b.find(b'World'))
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b' \t'.isspace(), b'ABC'.isupper(), b'abc'.islower(), b'Ab Cd'.istitle(), b'\x80'.isascii())
print(b'data'.hex(), b'data'.hex(':'), b'\x01\x02\x03\x04'.hex('-', 2), bytes.fromhex('de ad be ef'), bytes.fromhex('00FF'))
print(b'x'.center(5, b'.'), b'7'.zfill(3), b'a\tb'.expandtabs(4), b'ab'.ljust(4, b'-'), b'ab'.rjust(4))
print(b'hello'.startswith(b'he'), b'hello'.endswith((b'x', b'lo')), b'hello'.index(b'l'), b'hello'.rindex(b'l'))
print(b'%s' % b'fmt', b'abc'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'a,b'.partition(b','), b'ab'.join([b'1', b'2', b'3']))
try:
    bytes.fromhex('abc')
except ValueError as e:
    print('ValueError:', e)
try:
    bytes.fromhex('zz')
except ValueError as e:
    print('ValueError:', e)
