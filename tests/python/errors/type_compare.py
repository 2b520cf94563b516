# uncaught TypeError: ordering int and str
print(1 < 2, 'a' < 'b', 1 == 'a')
print(1 < 'a')
