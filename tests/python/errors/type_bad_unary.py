# uncaught TypeError: unary minus on a str
s = 'text'
print(-len(s))
print(-s)
