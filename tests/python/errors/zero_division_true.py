# uncaught ZeroDivisionError from / on ints
a, b = 10, 0
print(a / 5)
print(a / b)
