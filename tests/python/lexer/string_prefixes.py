# Every string prefix form
print('single', "double")
print(r'raw\n', R"RAW\t", u'unicode', U"UNICODE")
print(b'bytes', B"BYTES")
print(br'\x00', Br'\n', bR'a', BR'b', rb'\t', rB'c', Rb'd', RB'e')
x = 7
print(f'{x}', F"{x}", rf'{x}\n', fr'{x}\t', Rf'{x}', fR'{x}', RF'{x}', FR'{x}')
print(type('a').__name__, type(b'a').__name__, type(r'a').__name__, type(f'a').__name__)
print(len(r'\n'), len('\n'), len(rb'\n'), len(b'\n'))
print(repr(r'\''), repr(r"\""))
