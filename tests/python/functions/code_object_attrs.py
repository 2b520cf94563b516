# __code__ attributes: names and argument counts
def f(a, b, /, c, d=1, *args, e, f=2, **kw):
    local1 = a
    def inner():
        return local1 + c
    return inner
co = f.__code__
print(co.co_name, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames)
print(co.co_cellvars, co.co_freevars)
inner = f(1, 2, 3, e=4)
print(inner.__code__.co_name, inner.__code__.co_freevars, inner.__code__.co_argcount, inner.__code__.co_varnames)
g = lambda x, y=2: x
print(g.__code__.co_name, g.__code__.co_argcount, g.__code__.co_varnames)
def h(): pass
print(h.__code__.co_argcount, h.__code__.co_varnames, type(h.__code__).__name__, h.__code__.co_filename.endswith('.py'))
print(f.__code__.co_firstlineno, h.__code__.co_firstlineno)
