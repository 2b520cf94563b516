# The single-byte code pages (cp1252, cp437, iso8859_15, mac_roman...): CPython's tables (every byte of every
# code page decoded), its name normalisation and aliases, its 'charmap' errors with every error handler, and
# the wrapping of a handler's own error by the codec registry for every name but utf-8/latin-1/ascii's.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e, getattr(e, 'encoding', ''), getattr(e, 'start', ''),
              getattr(e, 'end', ''), repr(e.__cause__))


code_pages = ['cp1250', 'cp1251', 'cp1252', 'cp1253', 'cp1254', 'cp1255', 'cp1256', 'cp1257', 'cp1258',
              'cp437', 'cp737', 'cp775', 'cp850', 'cp852', 'cp855', 'cp857', 'cp858', 'cp860', 'cp861', 'cp862',
              'cp863', 'cp865', 'cp866', 'cp869', 'iso8859_2', 'iso8859_3', 'iso8859_4', 'iso8859_5',
              'iso8859_6', 'iso8859_7', 'iso8859_8', 'iso8859_9', 'iso8859_11', 'iso8859_13', 'iso8859_15',
              'iso8859_16', 'koi8_r', 'koi8_u', 'mac_roman', 'mac_latin2']
every_byte = bytes(range(256))
for name in code_pages:
    text = every_byte.decode(name, 'replace')
    undefined = [i for i, c in enumerate(text) if c == '\ufffd']
    print(name, ascii(text[128:]), undefined)
    print(text.encode(name, 'replace') == bytes(b if b not in undefined else 63 for b in every_byte))

names = ['cp1252', 'windows-1252', 'CP1252', 'cp-1252', 'Windows_1252', '1252', ' windows 1252 ', 'cp437',
         'IBM437', '437', 'iso-8859-15', 'ISO_8859-15', 'latin9', 'L9', 'mac_roman', 'macintosh', 'mac-roman',
         'macroman', 'koi8-r', 'cp850', 'latin_1', 'Latin-1', 'u.t.f.8', 'utf-8-', '_utf_8', 'iso.8859_1',
         'UTF8', 'ISO8859-2', 'greek', 'hebrew', 'cyrillic', 'arabic', 'cp65001', 'utf-16le', 'latin2',
         'windows-1251', 'cp-437']
for n in names:
    print(repr(n), end=' ')
    t(lambda: 'aé€'.encode(n, 'replace') + b'|' + b'a\xe9\x80\x81'.decode(n, 'replace').encode('utf-8'))

handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
            'surrogateescape', 'surrogatepass', 'bogus']
for errors in handlers:
    print(errors)
    t(lambda: 'a\u20ac\u0100\u0101b\U0001F600\udc81c'.encode('cp1252', errors))
    t(lambda: b'a\x81\x8d\x80b'.decode('cp1252', errors))
    t(lambda: 'x\u2500\u00e9\u3000'.encode('cp437', errors))
    t(lambda: 'x\u20ac'.encode('windows-1251', errors))
    t(lambda: b'\x98'.decode('Windows-1251', errors))
    t(lambda: 'a\ud800'.encode('UTF-8', errors))
    t(lambda: b'\xff'.decode('utf_8', errors))
    t(lambda: b'\xff'.decode('l1', errors))
    t(lambda: b'\xff'.decode('us-ascii', errors))
t(lambda: str(b'\x80\x81', 'cp1252'))
t(lambda: str(b'\x80\x81', 'cp1252', 'bogus'))
t(lambda: bytes('\u20ac\u0101', 'cp1252'))
t(lambda: bytearray('\u20ac\u0101', 'cp1252', 'bogus'))
t(lambda: bytearray(b'\x9f').decode('windows-1252'))
t(lambda: '€'.encode(encoding='cp1252'))
t(lambda: b'\x80'.decode(encoding='mac_roman', errors='strict'))

PATH = 'tests/python/text/charmap_codecs.tmp'
with open(PATH, 'w', encoding='cp1252') as f:
    f.write('café €5\n')
    print(f.encoding)
with open(PATH, 'rb') as f:
    print(f.read())
with open(PATH, encoding='windows-1252') as f:
    print(repr(f.read()), f.encoding)
with open(PATH, 'w', encoding='cp437', errors='xmlcharrefreplace') as f:
    f.write('€ ░ é')
with open(PATH, 'rb') as f:
    print(f.read())
