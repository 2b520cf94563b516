# uncaught TypeError: two missing arguments are listed with 'and'
def point(x, y, z):
    return (x, y, z)
print(point(1, 2, 3))
point(1)
