# The utf-8-sig codec: a byte order mark written first and skipped when reading, only at the start of a file.
P = 'tests/python/files/utf8_sig_files.tmp'
with open(P, 'w', encoding='utf-8-sig') as f:
    f.write('first ü\n')
    f.write('second\n')
print(open(P, 'rb').read())
with open(P, encoding='utf-8-sig') as f:
    print(repr(f.readline()), f.tell(), repr(f.read()), f.tell())
with open(P, encoding='utf-8') as f:
    print(repr(f.read()))
with open(P, 'a', encoding='utf-8-sig') as f:
    f.write('appended\n')
print(open(P, 'rb').read())
with open(P, 'w', encoding='utf-8') as f:
    f.write('no mark\n')
with open(P, encoding='utf-8-sig') as f:
    print(repr(f.read()), f.tell())
print('x'.encode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('UTF-8-SIG'), b'x'.decode('utf_8_sig'), str(b'\xef\xbb\xbfy', 'utf-8-sig'))
for bad in [lambda: b'\xef\xbb\xbf\xff'.decode('utf-8-sig'), lambda: '\udc80'.encode('utf-8-sig'), lambda: b'\xef\xbb\xbfa\xffb'.decode('utf-8-sig', 'strict')]:
    try: bad()
    except UnicodeError as e: print(type(e).__name__, e, e.start, e.end, ascii(e.object))
print(b'\xef\xbb'.decode('utf-8-sig', 'replace'), b'\xef\xbb\xbf\xef\xbb\xbfx'.decode('utf-8-sig'), '\udc80'.encode('utf-8-sig', 'surrogateescape'))
