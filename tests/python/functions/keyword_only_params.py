# keyword-only parameters after * and after *args, with and without defaults
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=2), f(a=1, b=2))
def g(*args, sep='-', end=''):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(1, 2, sep='+', end='!'), g())
def h(*, only):
    return only
print(h(only='yes'))
try:
    h('positional')
except TypeError as e:
    print('TypeError:', e)
def k(a, b=2, *, c, d=4, **rest):
    return a, b, c, d, rest
print(k(1, c=3), k(1, 2, c=3, e=5))
print(k.__kwdefaults__, k.__defaults__, k.__code__.co_kwonlyargcount)
try:
    compile('def bad(*, **kw): pass', '<s>', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
try:
    compile('def bad(*): pass', '<s>', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
