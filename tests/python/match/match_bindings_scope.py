# names bound by patterns live in the enclosing scope: functions, closures, comprehensions
def f(data):
    match data:
        case {'a': a, 'b': b}:
            pass
        case _:
            a = b = None
    return a, b
print(f({'a': 1, 'b': 2}), f([]))
def g():
    match 5:
        case n:
            pass
    return lambda: n
print(g()())
def h(items):
    results = []
    for it in items:
        match it:
            case (k, v):
                results.append(f'{k}={v}')
    return results, k
print(h([('x', 1), ('y', 2)]))
x = 'module'
def k():
    match 'local':
        case x:
            return x
print(k(), x)
