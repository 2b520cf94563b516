# uncaught TypeError: calling an int
value = 5
print('value is', value)
value()
