# splitlines recognises many line boundaries; split('\n') only one
s = 'a\nb\rc\r\nd\ve\ff\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'
print(s.splitlines())
print(s.splitlines(keepends=True))
print(s.split('\n'))
print('x\n'.splitlines(), 'x\n\n'.splitlines(), '\n'.splitlines(), ''.splitlines(), 'x\r\n'.splitlines(True))
print(b'a\nb\rc\r\nd\ve\x85f'.splitlines(), b'a\r\n'.splitlines(keepends=True))
print(len('line1\nline2\n'.splitlines()), 'no newline'.splitlines())
