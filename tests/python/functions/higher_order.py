# functions as values: compose, partial application by hand, map/filter with lambdas
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        return fn(*pargs, *args, **{**pkw, **kw})
    return call
def power(base, exp=2, *, mod=None):
    return pow(base, exp, mod)
square_mod = partial(power, exp=2, mod=7)
print(square_mod(5), partial(power, 2)(10), partial(power, 3, 3)())
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, 'max': max}
print([ops[k](7, 3) for k in ('+', '-', 'max')])
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
print(list(filter(None, [0, 1, '', 'a', [], [0]])))
def apply_n(f, n):
    return lambda x: x if n == 0 else apply_n(f, n - 1)(f(x))
print(apply_n(dbl, 10)(1))
print(sorted(['bb', 'a', 'ccc'], key=len), max(['bb', 'a', 'ccc'], key=lambda s: s[-1]))
