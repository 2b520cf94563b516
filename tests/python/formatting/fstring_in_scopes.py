# f-strings evaluated in functions, closures, comprehensions, lambdas and class bodies
def greet(name, punctuation='!'):
    return f'Hello, {name}{punctuation}'
print(greet('Ann'), greet('Bob', '?'))
def make_formatter(width):
    return lambda v: f'[{v:>{width}}]'
fmt = make_formatter(6)
print(fmt('ab'), fmt(3.5))
print([f'{i}:{i * i}' for i in range(4)], {f'k{i}': f'{i:02}' for i in range(2)})
class Config:
    name = 'cfg'
    label = f'<{name}>'
    try:
        items = [f'{name}-{i}' for i in range(2)]
    except NameError as e:
        items = 'NameError: ' + str(e)
print(Config.label, Config.items)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(f'{bump()} {bump()} {bump()}', counter)
x = 'global'
def shadow():
    x = 'local'
    return f'{x}'
print(shadow(), f'{x}')
