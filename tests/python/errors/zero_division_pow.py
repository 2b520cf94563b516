# uncaught ZeroDivisionError from raising zero to a negative power
print(0 ** 2)
base = 0
print(base ** -1)
