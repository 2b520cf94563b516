# SyntaxError: unterminated string literal
print('start')
s = 'no closing quote
print(s)
