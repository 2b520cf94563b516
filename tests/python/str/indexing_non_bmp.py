# strings index by code point, including characters outside the BMP
s = 'a𝄞b😀c'
print(len(s), s[0], s[1], s[2], s[3], s[4], s[-1], s[-4])
print(s[1:4], s[::-1], s[::2])
print([c for c in s])
print([ord(c) for c in s])
print(chr(0x1D11E) == '𝄞', '\U0001D11E' == s[1], '\ud834' in s)
print(s.find('😀'), s.index('c'), '𝄞' in s, s.count('𝄞'))
print(s.upper(), len(s.encode('utf-8')), len('😀'.encode('utf-16-le')))
print(repr('😀'), ascii('😀'), ascii('é'))
print('é' == '\u00e9', len('e\u0301'), 'e\u0301' == 'é')
print(sorted('b𝄞a😀'))
print('x'.join('𝄞😀'), '😀' * 3)
t = '日本語テキスト'
print(len(t), t[2], t[-2:], t.find('テ'))
