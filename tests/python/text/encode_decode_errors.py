# encoding and decoding with every standard error handler
s = 'naïve café – 😀'
for enc in ('ascii', 'latin-1'):
    for errors in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
        print(enc, errors, s.encode(enc, errors))
data = b'ok \xff\xfe bad \xc3\xa9 good \xe2\x82'
for errors in ('ignore', 'replace', 'backslashreplace', 'surrogateescape'):
    d = data.decode('utf-8', errors)
    print(errors, repr(d))
print(repr(data.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') == data))
print(s.encode('utf-8'), len(s.encode('utf-8')), len(s), s.encode().decode() == s)
print(s.encode('utf-16-le')[:8], s.encode('utf-16-be')[:8], len(s.encode('utf-32-le')))
print(b'\x41\x00\x42\x00'.decode('utf-16-le'), 'é'.encode('latin-1'), b'\xe9'.decode('latin-1'), b'\xe9'.decode('iso-8859-1'))
try:
    s.encode('ascii', 'bogus-handler')
except LookupError as e:
    print('LookupError:', e)
print(str(b'\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), bytes('é', 'utf-8'))
