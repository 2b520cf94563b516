# removeprefix/removesuffix remove whole strings; strip family removes character sets
s = 'prefix-body-suffix'
print(s.removeprefix('prefix-'), s.removesuffix('-suffix'), s.removeprefix('nope'), s.removesuffix(''))
print('aaab'.removeprefix('a'), 'aaab'.lstrip('a'), 'abcba'.strip('ab'), 'abcba'.rstrip('ba'))
print('www.example.com'.strip('cmowz.'), 'www.example.com'.removeprefix('www.').removesuffix('.com'))
print(repr('  \t\n x \x0b\x0c\r '.strip()), repr('\xa0x\u3000'.strip()), repr('xx'.strip('x')))
print(b'--data--'.strip(b'-'), b'prefix'.removeprefix(b'pre'), bytearray(b'abc').removesuffix(b'c'))
print('abc'.startswith(('x', 'a')), 'abc'.endswith(('c', 'z')), 'abc'.startswith('b', 1), 'abc'.endswith('b', 0, 2))
print('abc'.startswith(''), 'abc'.startswith('', 5), 'abc'.endswith('abc', -3), ''.startswith(''))
try:
    'abc'.startswith(['a'])
except TypeError as e:
    print('TypeError:', e)
