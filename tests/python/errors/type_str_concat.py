# uncaught TypeError: str + int
label = 'count: '
n = 3
print(label + str(n))
print(label + n)
