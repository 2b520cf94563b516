# **kwargs preserves the order of keyword arguments at the call site
def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3))
print(f(**{'b': 1, 'a': 2}, c=3))
def g(*args, **kw):
    return args, kw
print(g(1, 2, x=3, y=4))
def h(a, **kw):
    kw['added'] = a
    return kw
print(h(1, q=2), h(a=1, q=2))
d = {'one': 1}
print(h(0, **d), d)
def keys(**kw):
    return ','.join(f'{k}={v}' for k, v in kw.items())
print(keys(c=3, b=2, a=1))
