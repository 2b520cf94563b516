# uncaught ZeroDivisionError from // on ints
print(7 // 2)
n = 0
print(7 // n)
