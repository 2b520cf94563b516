# uncaught error deep inside nested calls
def level3(x):
    return 100 // x
def level2(x):
    return level3(x - 1)
def level1(x):
    return level2(x - 1)
print(level1(5))
print(level1(2))
