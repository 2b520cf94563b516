# one function called in every valid combination of positional, keyword and unpacked arguments
def f(a, b, c=3, *rest, d=4, **extra):
    return (a, b, c, rest, d, extra)
calls = [
    lambda: f(1, 2),
    lambda: f(1, b=2),
    lambda: f(b=2, a=1),
    lambda: f(1, 2, 3, 4, 5),
    lambda: f(*[1, 2]),
    lambda: f(*[1], **{'b': 2}),
    lambda: f(1, *(2, 3), *[4], d=0),
    lambda: f(**{'a': 1, 'b': 2, 'zz': 9}),
    lambda: f(1, 2, d=5, e=6, **{'g': 7}),
    lambda: f(*'xy', c='z'),
]
for c in calls:
    print(c())
