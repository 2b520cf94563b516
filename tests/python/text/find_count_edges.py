# find/rfind/index/count with empty substrings, overlapping matches and start/end
s = 'abababa'
print(s.count('aba'), s.count(''), ''.count(''), s.count('a', 2), s.count('a', -3), s.count('a', 2, 5))
print(s.find('ba'), s.rfind('ba'), s.find('ba', 2), s.find('ba', -2), s.find(''), s.rfind(''), s.find('', 100), s.find('', 7))
print(s.index('b'), s.rindex('b'), s.find('z'), s.rfind('z'), s.find('a', 1, 2), s.find('a', 10))
try:
    s.index('z')
except ValueError as e:
    print('ValueError:', e)
try:
    s.rindex('z')
except ValueError as e:
    print('ValueError:', e)
print('aaaa'.replace('aa', 'b'), 'aaaa'.replace('', '-'), 'abc'.replace('', '-', 2), 'abc'.replace('b', ''), 'aaa'.replace('a', 'b', 0), 'aaa'.replace('a', 'b', -1))
print(b'abab'.count(b'ab'), b'abab'.find(b'b', 2), b'abab'.find(98), b'abab'.count(97), bytearray(b'xyz').index(b'z'))
print('x' in 'xyz', '' in 'xyz', '' in '', 'xz' in 'xyz')
