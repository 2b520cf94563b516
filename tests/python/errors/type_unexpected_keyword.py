# uncaught TypeError: unknown keyword argument
def greet(name, greeting='hello'):
    return f'{greeting} {name}'
print(greet('ann', greeting='hi'))
print(greet('ann', salutation='hi'))
