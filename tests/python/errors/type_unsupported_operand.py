# uncaught TypeError: int + str
x = 1
y = 'a'
print('before')
print(x + y)
print('not reached')
