# strings are immutable; methods return new strings
s = 'hello'
t = s
s += ' world'
print(s, '|', t)
try:
    s[0] = 'H'
except TypeError as e:
    print('TypeError:', e)
try:
    del s[0]
except TypeError as e:
    print('TypeError:', e)
u = s.upper()
print(s, u)
print(s.replace('l', 'L'), s)
chars = list(s)
chars[0] = 'J'
print(''.join(chars))
print('a' 'b' == 'ab', str('x') == 'x')
