# lambda expressions
sq = lambda x: x * x
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: 'no args')())
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda a, /, b, *, c: a + b + c)(1, 2, c=3))
pairs = [(1, 'b'), (3, 'a'), (2, 'c')]
print(sorted(pairs, key=lambda p: p[1]))
fns = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in fns])
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add)(2))
print((lambda x: (yield_ := x * 2))(4))
print(sq.__name__)
print((lambda x: 'even' if x % 2 == 0 else 'odd')(3))
