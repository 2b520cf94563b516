# strings are sequences of code points: non-BMP characters and combining marks count as one each
s = 'a😀b𝄞c'
print(len(s), s[1], s[3], s[::-1], s[1:4], list(s), s.index('c'), s.find('𝄞'))
combining = 'e\u0301'
print(len(combining), combining[::-1] == '\u0301e', len('👨‍👩‍👧'), [hex(ord(c)) for c in '👨‍👩‍👧'])
print(len(s.encode('utf-8')), len(s.encode('utf-16-le')) // 2, s.encode('utf-8')[1:5].decode('utf-8'))
print('ab' * 3, 'ab' * 0, 'ab' * -2, 3 * 'x', ''.join(reversed('😀x')), 'x😀'.upper(), '😀'.isprintable())
print(s.replace('😀', ':)'), s.split('b'), s.center(9, '*'), '😀' in s, s.count('😀'))
