# uncaught OverflowError converting infinity to int
big = float('1e308') * 10
print(big)
print(int(big))
