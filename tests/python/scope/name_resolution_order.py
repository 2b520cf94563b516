# LEGB: local, enclosing, global, builtin
print('L/E/G/B demo')
def builtin_only():
    return abs(-3)
abs_result = builtin_only()
abs = lambda v: 'global abs'
def global_wins():
    return abs(-3)
def enclosing_wins():
    abs = lambda v: 'enclosing abs'
    def inner():
        return abs(-3)
    return inner()
def local_wins():
    abs = lambda v: 'enclosing abs'
    def inner():
        abs = lambda v: 'local abs'
        return abs(-3)
    return inner()
print(abs_result, global_wins(), enclosing_wins(), local_wins())
del abs
print(global_wins())
