# uncaught NameError
x = 10
print(x)
print(undefined_variable_qq)
