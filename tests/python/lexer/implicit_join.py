# Adjacent string literals are joined at compile time
s = 'abc' "def" '''ghi'''
print(s)
t = ('first part, '
     'second part, '
     "third part")
print(t)
x = 5
print('x=' f'{x}' ' done')
print(r'\n' '\n' == '\\n\n')
print(b'ab' b'cd')
print(len('a' 'b' 'c'))
print('multi'
      'line', 'args')
