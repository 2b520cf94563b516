# str methods over tricky Unicode strings: case mappings, predicates, splitting, encoding with error handlers.
strs = ["hello world", "Hello World", "they're bill's friends", "ǆemal", "ß straße", "ΣΑΣ ΟΔΟΣ", "İstanbul", "ﬁne ﬂow", "a\u00a0b\u2003c\u3000d", "x\x1cy\x1dz\x1e\x1fw\x85v", "MiXeD 123 ABC", "  lead", "trail  ", "", " ", "1²³", "٣٤", "Ⅻ", "½", "a\tb\nc\rd\x0be\x0cf", "camelCaseString", "snake_case_here", "ŉ", "ΐ", "ﬃ", "ǰ", "ᾳ", "Ꭰ", "ꭰ", "𝒜𝒷", "a̐éö̲"]
methods = ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold', 'split', 'isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'istitle', 'islower', 'isupper', 'isprintable', 'isidentifier', 'isascii', 'strip', 'splitlines']
for s in strs:
    print(repr(s), [getattr(s, m)() for m in methods])
    print('  ', s.center(12, '.'), s.split(' ', 1), s.rsplit(None, 1), s.partition(' '), s.expandtabs(), len(s), s.encode('utf-8', 'replace')[:12], s.encode('ascii', 'backslashreplace'), s.encode('latin-1', 'xmlcharrefreplace')[:30])
print('a b c'.split(' ', -1), 'a  b'.split(' '), '  a  b  '.split(None, 1), '  a  b  '.rsplit(None, 1), 'abc'.split('b', 0), '1,2,3'.rsplit(',', maxsplit=1))
print('aaa'.replace('a', 'b', -1), 'aaa'.replace('', '-'), 'abc'.replace('', '-', 2), 'aaaa'.count('aa'), ''.count(''), 'abc'.count(''), 'abc'.find('', 10), 'abc'.find('', 3))
print('%s' % 'ß'.upper(), 'ß'.capitalize(), 'ǳ'.capitalize(), 'ǳ'.title(), 'ﬁ'.title(), 'hello'.title(), "o'neil mc'donald".title(), 'aBc'.capitalize(), '1a'.capitalize())
print(str.lower('ΑΣ'), 'ΑΣ'.lower(), 'ΑΣ Σ'.lower(), 'ΑΣ.'.lower(), 'Σ'.lower(), 'aΣb'.lower(), 'ΑΣ1'.lower())
print('x'.join(['a', 'b']), ', '.join(map(str, [1, 2])), 'ab'.ljust(1), 'abc'.startswith(''), ''.startswith(''), 'abc'.endswith(('x', 'c')), 'abc'[1:].startswith('b'), 'abc'.startswith('bc', 1), 'abc'.startswith('a', -10))
print('{:<10}|{:^10}|{:>10}|'.format('ü', 'ﬁ', '日本'), '日本'.center(7, '*'), len('日本'), 'e\u0301'.upper(), 'ǅ'.lower(), 'ǅ'.upper())
print(sorted(['b', 'a', 'B', 'ä', 'A', 'z', 'é', '_', '1']), 'a' < 'ä', chr(0x10000) > '\uffff', max('aZ'), min('日本語'))
print('ab'.translate({97: 'AA', 98: None}), 'abc'.translate({ord('c'): 120}), str.maketrans({'a': 'b'}), str.maketrans('', '', 'xy'))
try: str.maketrans('ab', 'c')
except ValueError as e: print(e)
try: 'abc'.translate({97: 1.5})
except TypeError as e: print(e)
