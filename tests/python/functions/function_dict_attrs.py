# functions have a __dict__ for arbitrary attributes
def f(): return f.calls
f.calls = 0
f.meta = {'author': 'me'}
print(f.__dict__, f())
f.calls += 1
print(f(), vars(f) is f.__dict__)
def counter():
    counter.n = getattr(counter, 'n', 0) + 1
    return counter.n
counter(); counter()
print(counter(), hasattr(counter, 'n'))
del f.meta
print(f.__dict__)
try:
    del f.nothing
except AttributeError as e:
    print('AttributeError:', e)
g = lambda: 0
g.label = 'lambda attr'
print(g.label)
try:
    len.custom = 1
except AttributeError as e:
    print('AttributeError:', e)
f.__dict__ = {'fresh': True}
print(f.fresh)
try:
    f.__dict__ = 5
except TypeError as e:
    print('TypeError:', e)
