# starred and ** unpacking in displays and calls
a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *'xy'))
print({*a, *b, 1})
print([*range(3), *[], *{'k': 0}])
d1 = {'x': 1, 'y': 2}
d2 = {'y': 20, 'z': 30}
print({**d1, **d2})
print({**d2, **d1, 'w': 0})
print({'first': 0, **d1})
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b))
print(f(0, *a, 9, *b))
print(f(**d1, **d2 if False else {'q': 1}))
print(f(*a, k=1, **d1))
print(f(*'abc', **{'sep': '-'}))
print(*a, *b, sep=', ')
print(*[], 'only')
first, *others = *a, *b
print(first, others)
