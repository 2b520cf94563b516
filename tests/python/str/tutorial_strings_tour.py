# Python tutorial ch. 3/7 style: string literals, slicing, methods, str.format, %-formatting, f-strings with '='.
print('spam eggs', 'doesn\'t', "doesn't", '"Yes," they said.', "\"Yes,\" they said.", '"Isn\'t," they said.')
s = 'First line.\nSecond line.'
print(repr(s), s)
print(r'C:\some\name', 'C:\some\name')
print("""\
Usage: thingy [OPTIONS]
     -h                        Display this usage message
""")
print(3 * 'un' + 'ium', 'Py' 'thon')
word = 'Python'
print(word[0], word[5], word[-1], word[-2], word[-6], word[0:2], word[2:5], word[:2], word[4:], word[-2:], word[:2] + word[2:])
print(word[4:42], word[42:], word[::-1], word[::2], word[-100:100:3])
try:
    word[42]
except IndexError as e:
    print(type(e).__name__, e)
try:
    word[0] = 'J'
except TypeError as e:
    print(e)
print(len('supercalifragilisticexpialidocious'))
print('abc'.upper(), 'ABC'.lower(), 'hello world'.title(), 'hello'.capitalize(), 'HeLLo'.swapcase(), 'ß'.upper(), 'ﬁ'.upper(), 'İ'.lower(), len('İ'.lower()))
print('  x  '.strip(), '--x--'.strip('-'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'), 'a,b,,c'.split(','), 'a b  c'.split(), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print('line1\nline2\r\nline3'.splitlines(), 'a\nb\n'.splitlines(True), ''.split(','), ''.split(), ' '.join(['a', 'b']))
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.find('z'), 'hello'.index('e'), 'hello'.count('l'), 'hello'.startswith(('he', 'x')), 'hello'.endswith('lo', 0, 5))
print('hello'.replace('l', 'L'), 'hello'.replace('l', 'L', 1), 'a-b-c'.partition('-'), 'a-b-c'.rpartition('-'), 'abc'.partition('x'))
print('42'.zfill(5), '-42'.zfill(5), 'abc'.center(9, '*'), 'abc'.ljust(6) + '|', 'abc'.rjust(6), 'a\tb\tc'.expandtabs(4))
print('abc'.isalpha(), '123'.isdigit(), '½'.isnumeric(), '½'.isdigit(), 'abc123'.isalnum(), '   '.isspace(), 'Hello World'.istitle(), 'abc'.islower(), 'ABC'.isupper(), 'a_b'.isidentifier(), '\t'.isprintable())
print('TestHook'.removeprefix('Test'), 'MiscTests'.removesuffix('Tests'), 'abc'.removeprefix('x'))
print('{} and {}'.format('spam', 'eggs'), '{1} and {0}'.format('spam', 'eggs'), 'This {food} is {adjective}.'.format(food='spam', adjective='absolutely horrible'))
table = {'Sjoerd': 4127, 'Jack': 4098, 'Dcab': 8637678}
print('Jack: {0[Jack]:d}; Sjoerd: {0[Sjoerd]:d}; Dcab: {0[Dcab]:d}'.format(table))
print('Jack: {Jack:d}; Sjoerd: {Sjoerd:d}; Dcab: {Dcab:d}'.format(**table))
for x in range(1, 11):
    print('{0:2d} {1:3d} {2:4d}'.format(x, x*x, x*x*x))
for x in range(1, 5):
    print(repr(x).rjust(2), repr(x*x).rjust(3), end=' ')
    print(repr(x*x*x).rjust(4))
print('The value of pi is approximately %5.3f.' % 3.14159, '%s %r %d %i %x %o %e %g %c %%' % ('s', 's', 3, 4, 255, 8, 12345.678, 0.00001, 65))
print('%(name)s is %(age)d' % {'name': 'Bob', 'age': 30}, '%-5d|%5s|%05.1f' % (3, 'ab', 2.25), '%c' % 'x', '%.3s' % 'abcdef', '%*d' % (5, 3))
animals = 'eels'
print(f'My hovercraft is full of {animals}.', f'My hovercraft is full of {animals!r}.', f'{animals!a}', f'{"ü"!a}')
bugs = 'roaches'; count = 13; area = 'living room'
print(f'Debugging {bugs=} {count=} {area=}', f'{count = }', f'{count*2=:>5}', f'{bugs=!s}', f'{3.14159=:.2f}')
for name, phone in table.items():
    print(f'{name:10} ==> {phone:10d}')
print(f"{'nested {}'}", f"{{literal}}", f"{table['Jack']}", f"{'a' if count else 'b'}", f"{[1,2][0]}", f"{(lambda: 5)()}")
width = 10; precision = 4; value = 12.34567
print(f"result: {value:{width}.{precision}}", f"{value:{'>'}{width}}")
print(str(1/7), repr('hello'), str('hello'), repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('\x00\t\n\x7f\x80\u1234\U0001f600'))
print(ascii('ü€😀'), ord('a'), chr(97), chr(0x1F600), 'abc' < 'abd', 'Z' < 'a', 'abc' * 0, 'a' in 'abc', '' in 'abc')
print('x'.join('abc'), str.maketrans('ab', 'xy'), 'abc'.translate(str.maketrans('ab', 'xy', 'c')), 'abc'.encode(), 'é'.encode('utf-8'), b'\xc3\xa9'.decode())
print('%s' % [1, 2], '%s' % (1,), '%d%%' % 50, '%5.2s|' % 'abc', '%+.2e' % 1234.5, '%#x %#o' % (255, 8), '%x' % -255)
print('a' 'b' f'{1}' 'c', 'casefold ß'.casefold(), 'ǅ'.istitle(), 'Hello'.index('l', 3))
print('abc'.index('z'))
