# uncaught IndexError on a tuple
t = (1, 2)
print(t[1])
print(t[-3])
