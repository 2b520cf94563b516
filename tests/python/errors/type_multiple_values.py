# uncaught TypeError: argument given positionally and by keyword
def move(x, y):
    return x + y
print(move(1, y=2))
move(1, x=2)
