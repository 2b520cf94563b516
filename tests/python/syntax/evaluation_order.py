# Evaluation order of operands, arguments, dict displays, augmented assignment, decorators, chained comparisons; unpacking.
def log(x):
    print('eval', x, end='; ')
    return x
print()
d = {log('k1'): log('v1'), log('k2'): log('v2')}; print(d)
r = log(1) + log(2) * log(3); print(r)
l = [log(i) for i in range(2)]; print()
def f(*a, **k): return a, k
print(f(log('a'), *[log('b')], c=log('c'), **{'d': log('d')}))
class O:
    def __init__(self): self.items = {}
    def __getitem__(self, k): print('get', k, end='; '); return self.items.get(k, 0)
    def __setitem__(self, k, v): print('set', k, v, end='; '); self.items[k] = v
o = O(); o[log('key')] += log(5); print()
class At:
    def __getattr__(self, n): print('getattr', n, end='; '); return 1
    def __setattr__(self, n, v): print('setattr', n, v, end='; ')
a = At(); a.x += 1; print()
x = [0, 0]; i = 0
i, x[i] = 1, 2; print(i, x)
a = b = c = log('chain'); print(a, b, c)
print(log(1) < log(2) < log(0) < log(99))
print(log(0) and log(1), log(1) or log(2), not log(0))
print(log('t') if log(True) else log('f'))
data = {}; data[log('k')] = data.get(log('k2'), 0); print()
def dflt(a=log('default')): pass
print()
@(lambda fn: log(fn.__name__) and fn)
def decorated(): pass
print()
class Deco:
    def __init__(self, name): self.name = name
    def __call__(self, fn): print('apply', self.name, end='; '); return fn
@Deco(log('first'))
@Deco(log('second'))
def twice(): pass
print()
buttons = [lambda: 'b0', lambda: 'b1']
@buttons[1].__call__ if False else (lambda fn: fn)
def any_expr(): return 'ok'
print(any_expr())
t = (*range(2), *'ab'); print(t, [*range(3), 4], {*'aab'} == {'a', 'b'}, {**{'a': 1}, 'b': 2})
def g(): return 1, *[2, 3]
print(g())
def gy():
    yield 1, *[2]
print(list(gy()))
first, *middle, last = range(5); print(first, middle, last)
*init, = 'abc'; print(init)
(a, b), c = 'xy', 'z'; print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]; print(a, b, c)
for k, (v1, v2) in {'a': (1, 2)}.items(): print(k, v1, v2)
del x[0]; print(x)
x = [1, 2, 3, 4]; del x[::2]; print(x)
class Del: pass
dd = Del(); dd.a = 1; del dd.a; print(hasattr(dd, 'a'))
try: del dd.a
except AttributeError as e: print(e)
n = 5; del n
try: n
except NameError as e: print(e)
lst = [1, 2, 3]
print(lst[-1], lst[len(lst) - 1:], (lst := [9]) and lst)
sq = {x: x * x for x in range(4) if x != 2}; print(sq)
m = [[0] * 3 for _ in range(2)]; m[0][0] = 1; print(m)
bad = [[0] * 3] * 2; bad[0][0] = 1; print(bad)
print([(i, j) for i in range(3) if i for j in range(i) if j % 2 == 0])
print({(x, y) for x in 'ab' for y in 'ab' if x != y} == {('a', 'b'), ('b', 'a')})
s = 'abc'; print(s[::-1], s[-1::-2], s[5:1:-1], s[:-5], s[1:1])
print(1 if 0 else 2 if 0 else 3, [1, 2][True], 'ab'[False], -1 ** 0, (-1) ** 0, 2 ** -1 ** 2)
print(not 1 == 2, not (1 == 2), 1 < 2 is True, (1 < 2) is True, 'a' 'b' == 'ab', [] is not [], 1 in [1] in [[1]])
x = 5
x = x + 1 if x > 3 else x - 1; print(x)
print(*(i for i in range(3)), sep=',')
