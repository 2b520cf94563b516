# __defaults__ and __kwdefaults__ are live: mutating or replacing them changes calls
def f(a, b=1, c=[]):
    c.append(a)
    return a, b, c
print(f(1), f(2))
print(f.__defaults__)
f.__defaults__ = (10, ('fresh',))
try:
    print(f(3))
except AttributeError as e:
    print('AttributeError:', e)
f.__defaults__ = (20, [])
print(f(4), f.__defaults__)
f.__defaults__ = None
try:
    f(5)
except TypeError as e:
    print('TypeError:', e)
def g(*, key='k', flag=False):
    return key, flag
print(g(), g.__kwdefaults__)
g.__kwdefaults__['flag'] = True
print(g())
g.__kwdefaults__ = None
try:
    g()
except TypeError as e:
    print('TypeError:', e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print('TypeError:', e)
def h(x=len('abc'), y=None): return x
print(h.__defaults__, h.__kwdefaults__)
