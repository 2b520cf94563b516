# each execution of def creates a new function object sharing one code object
def outer():
    def inner(): return 42
    return inner
a, b = outer(), outer()
print(a is b, a.__code__ is b.__code__, a() == b(), a.__name__ == b.__name__)
fs = [(lambda: i) for i in range(3)]
print(len({id(f) for f in fs}), len({id(f.__code__) for f in fs}))
def make_with_default(v):
    def f(x=v): return x
    return f
print(make_with_default(1)(), make_with_default(2)(), make_with_default(1).__defaults__)
