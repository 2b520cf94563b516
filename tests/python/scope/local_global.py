# local vs global lookup
x = 'global x'
def read_global():
    return x
def shadow():
    x = 'local x'
    return x
print(read_global(), '|', shadow(), '|', x)
def uses_builtin():
    return len('abc')
len_backup = len
def shadow_builtin():
    len = lambda s: 'shadowed'
    return len('abc')
print(uses_builtin(), shadow_builtin(), len('ab'))
len = lambda s: 'global shadow'
print(uses_builtin())
del len
print(uses_builtin())
def late():
    return later_defined
later_defined = 'defined after the function'
print(late())
def params_are_local(x):
    x = x + ' (modified)'
    return x
print(params_are_local('arg'), '|', x)
