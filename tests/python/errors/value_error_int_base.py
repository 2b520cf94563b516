# uncaught ValueError from int() with an explicit base
print(int('ff', 16))
print(int('fg', 16))
