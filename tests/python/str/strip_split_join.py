# strip, split, rsplit, splitlines, partition, join
s = '   padded text \t\n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')), repr('..a..'.lstrip('.')))
print('a,b,,c'.split(','), 'a b  c'.split(), '  lead trail  '.split())
print('a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 2), 'abc'.split('x'))
print(''.split(), ''.split(','), ' '.split(' '))
print('one\ntwo\r\nthree\n'.splitlines(), 'x\ny'.splitlines(True))
print('key=value=more'.partition('='), 'key=value=more'.rpartition('='), 'novalue'.partition('='))
print(', '.join(['a', 'b']), ''.join([]), '-'.join('xyz'), ' '.join(str(n) for n in range(4)))
try:
    ','.join([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    'a'.split('')
except ValueError as e:
    print('ValueError:', e)
