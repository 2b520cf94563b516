# printf-style formatting: widths and precisions taken by * that do not fit (OverflowError, or MemoryError for
# a width no string can have) and the messages of bytes formatting.
import sys
for f, a in [('%.*d', (sys.maxsize, 1)), ('%*d', (sys.maxsize, 1)), ('%.*f', (sys.maxsize, 1.0)), ('%.*s', (2**100, 'abc')), ('%*s', (2**100, 'a')), ('%*s', (-3, 'a')), ('%.*s', (-3, 'abc')), ('%-*d|', (5, 42)),
             (b'%g', '1'), (b'no format', 7), ('no format', 7), (b'%c', 256), (b'%c', b'ab'), (b'%s', 'x'), (b'%b', 5), (b'%d %s', (3, b'x')), ('%c', 0x110000), ('%c', 'ab'), ('%c', 3.5), ('%d', '3'), ('%x', 3.5), ('%(a)s %s', {'a': 1})]:
    try:
        r = f % a
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(repr(MemoryError()))
