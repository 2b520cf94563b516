# UnicodeDecodeError / UnicodeEncodeError attributes and messages
try:
    b'abc\xffdef'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, '|', e)
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(isinstance(e, ValueError), isinstance(e, UnicodeError))
try:
    b'\xe2\x82'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e)
try:
    b'\x80'.decode('ascii')
except UnicodeDecodeError as e:
    print(e)
try:
    'caf\u00e9 \u20ac'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, '|', e)
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    '\u20ac'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e)
e = UnicodeDecodeError('utf-8', b'\x00\x01', 1, 2, 'custom reason')
print(str(e), e.args)
try:
    'x'.encode('no-such-codec')
except LookupError as e:
    print('LookupError:', e)
