# split and rsplit: whitespace mode vs explicit separators, maxsplit from either end
s = '  a  b\tc\n d  '
print(s.split(), s.split(' '), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2), s.rsplit(maxsplit=2))
t = 'a,b,,c,'
print(t.split(','), t.split(',', 1), t.rsplit(',', 1), t.rsplit(',', 2), t.split(',', 0), t.split(',', -1))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), ':::'.split('::'), ':::'.rsplit('::'))
print(''.split(), ''.split(','), '   '.split(), '   '.split(' '), 'abc'.split('abc'), 'x'.split('y'))
print('\u2003a\u3000b\x1cc\x85d'.split(), 'a\u00a0b'.split())
try:
    'abc'.split('')
except ValueError as e:
    print('ValueError:', e)
try:
    'abc'.split(1)
except TypeError as e:
    print('TypeError:', e)
print('one two three'.split(sep=None, maxsplit=1), 'k=v=w'.partition('='), 'k=v=w'.split('=', 1))
