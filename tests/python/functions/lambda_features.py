# lambdas: defaults, varargs, keyword-only, conditional bodies, immediate invocation
f = lambda a, b=2, *args, c=3, **kw: (a, b, args, c, kw)
print(f(1), f(1, 5, 6, c=7, d=8))
print((lambda: 'immediate')())
print((lambda x: 'even' if x % 2 == 0 else 'odd')(3))
print((lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(z=1, a=2))
print((lambda x, /, y: x - y)(10, y=4))
adders = {n: (lambda n: lambda x: x + n)(n) for n in range(3)}
print([adders[n](10) for n in adders])
nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
print(type(f).__name__, f.__name__)
walrus = lambda: (y := 5) * y
print(walrus())
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(sorted([(1, 'b'), (2, 'a')], key=lambda t: t[1]))
