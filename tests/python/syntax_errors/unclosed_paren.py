# SyntaxError: an unclosed parenthesis (nothing runs, not even the first print)
print('never printed')
print((1, 2)
