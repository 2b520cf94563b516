# partition and rpartition always return 3-tuples
for s in ('key=value', 'key=value=more', 'novalue', '=start', 'end=', ''):
    print(repr(s), s.partition('='), s.rpartition('='))
print('a--b--c'.partition('--'), 'a--b--c'.rpartition('--'))
print(b'k:v'.partition(b':'), bytearray(b'a.b.c').rpartition(b'.'))
try:
    'x'.partition('')
except ValueError as e:
    print('ValueError:', e)
