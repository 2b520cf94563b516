# error messages for unexpected and duplicated keyword arguments
def f(a, b=2): pass
def g(*args): pass
def h(a, /, b): pass
def k(**kw): return kw
cases = [lambda: f(1, c=3), lambda: f(1, b=2, d=4, e=5), lambda: g(x=1), lambda: f(1, a=1),
         lambda: f(1, 2, b=3), lambda: h(a=1, b=2), lambda: h(1, 2, a=3), lambda: f(a=1, **{'a': 2}),
         lambda: k(**{'x': 1}, **{'x': 2}), lambda: k(x=1, **{'x': 2})]
for c in cases:
    try:
        c()
        print('ok')
    except TypeError as e:
        print(e)
print(k(**{'weird key': 1, '': 2}))
