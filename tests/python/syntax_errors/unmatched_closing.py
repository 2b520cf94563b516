# SyntaxError: unmatched closing parenthesis
print('never printed')
x = 1 + 2)
