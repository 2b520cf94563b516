# errors from * and ** unpacking in calls
def f(*a, **k): return a, k
cases = [lambda: f(*5), lambda: f(**5), lambda: f(**{1: 'x'}), lambda: f(*None),
         lambda: f(**[('a', 1)]), lambda: print(*1)]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
class Mapping:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k.upper()
print(f(**Mapping()))
print(f(*'ab', *[1], **{'k': 1}, **{'j': 2}))
print(f(*range(3), 9, *(), **{}))
def g(a, b, c): return a + b + c
print(g(*[1, 2], 3), g(1, *[2, 3]), g(**{'c': 1, 'b': 2, 'a': 3}), g(1, **{'c': 3}, b=2))
