# uncaught TypeError: indexing an int
n = 42
digits = str(n)
print(digits[0])
print(n[0])
