# SyntaxError: closing bracket does not match the opening one
print('never printed')
pair = (1, 2]
