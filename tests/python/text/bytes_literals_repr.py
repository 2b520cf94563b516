# bytes literals and the repr rules: printable ASCII as-is, \t\n\r\\, other bytes as \xNN, quote choice
print(b'abc', b'\x00\x01\x7f\x80\xff', b'\t\n\r\\', b"'", b'"', b'\'"', b'\a\b\v\f', b'\101\x42')
print(rb'\n raw', br'\x00', len(b'\n'), len(rb'\n'))
print(repr(bytes(range(32))))
print(repr(bytes(range(120, 130))))
print(repr(bytearray(b"it's")), repr(bytearray()), str(b'x'), b'a' b'b' b'c')
try:
    compile("b'é'", '<b>', 'eval')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
