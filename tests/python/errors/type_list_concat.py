# uncaught TypeError: list + tuple
items = [1, 2]
print(items + [3])
print(items + (3,))
