# str.encode / bytes.decode check the encoding argument before errors (CPython converts in order),
# and splitlines takes keepends as a C int.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for enc, err in [(None, None), (0, 1.5), (b'x', []), ('utf-8', 0), (1, 'strict'), ('nope', 0)]:
    show(lambda: 'abc'.encode(enc, err))
    show(lambda: b'abc'.decode(enc, err))
    show(lambda: bytearray(b'abc').decode(enc, err))
    show(lambda: str(b'abc', enc, err))
    show(lambda: bytes('abc', enc, err))
show(lambda: 'abc'.encode(encoding=0, errors=0))
show(lambda: b'abc'.decode(errors=0, encoding=0))
for keep in [10**100, -10**100, 2**63, 2**31, -2**31 - 1, 2**31 - 1, True, 0, 1.5, None]:
    show(lambda: 'a\nb'.splitlines(keep))
    show(lambda: b'a\nb'.splitlines(keep))
    show(lambda: bytearray(b'a\nb').splitlines(keepends=keep))
for c in [2**31, -2**31 - 1, 10**100, -1, 0x110000]:
    show(lambda: chr(c))

# Encoding and errors names are C strings: no NUL, UTF-8 encodable.
for enc, err in [('ab\x00', 'strict'), ('utf-8', 'ab\x00'), ('\udc80', 'strict'), ('utf-8', '\udc80'),
                 ('ab\x00', 0), ('\udc80', '\x00')]:
    show(lambda: 'abc'.encode(enc, err))
    show(lambda: b'abc'.decode(enc, err))
    show(lambda: str(b'abc', enc, err))
    show(lambda: bytes('abc', enc, err))
    show(lambda: bytearray('abc', enc, err))

# Decoding nothing gives '' without looking the codec up; the arguments' types are still checked.
for data in [b'', bytearray(), memoryview(b'')]:
    show(lambda: str(data, 'no-such-codec'))
    show(lambda: str(data, 'no-such-codec', 'no-such-handler'))
    show(lambda: str(data, 1))
    show(lambda: str(data, 'x', 1))
show(lambda: b''.decode('no-such-codec'))
show(lambda: bytearray().decode(encoding='nope', errors='nope'))
show(lambda: b''.decode('a\x00'))
show(lambda: b''.decode(1))
show(lambda: ''.encode('no-such-codec'))
show(lambda: bytes('', 'no-such-codec'))
