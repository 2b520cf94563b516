# builtins can be shadowed by globals and locals, and reappear after del
print(len('abc'))
len = lambda x: 'shadowed'
print(len('abc'))
del len
print(len('abc'))
def f():
    print = lambda *a: None
    print('never shown')
    return 'local print shadowed'
print(f())
def g(list):
    return list
print(g(5), list('ab'))
def h():
    return len([1, 2])
len = lambda x: 'module-level shadow'
print(h())
del len
print(h())
try:
    del len
except NameError as e:
    print('NameError:', e)
