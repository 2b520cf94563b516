# uncaught ZeroDivisionError from % on floats
x = 5.5
print(x % 2)
print(x % 0.0)
