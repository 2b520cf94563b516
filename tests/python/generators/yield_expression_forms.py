# yield as an expression in various positions
def forms():
    a = yield 'plain'
    print('  a =', a)
    b = (yield 'parenthesized') or 'default'
    print('  b =', b)
    c = [(yield 'in list'), (yield 'second in list')]
    print('  c =', c)
    print('  arg:', (yield 'as argument'))
    if (yield 'in condition'):
        print('  truthy branch')
    yield
g = forms()
print(next(g))
print(g.send(1))
print(g.send(None))
print(g.send('x'))
print(g.send('y'))
print(g.send('z'))
print(g.send(True))
gen_lambda = lambda: (yield 'from lambda')
lg = gen_lambda()
print(type(lg).__name__, next(lg))
def yield_tuple():
    yield 1, 2
    yield (3, 4)
    x = yield 5, 6
print(list(yield_tuple()))
