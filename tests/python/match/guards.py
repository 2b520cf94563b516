# guards run after a successful structural match, in order, with side effects visible
calls = []
def check(label, result):
    calls.append(label)
    return result
def f(x):
    match x:
        case int(n) if check('positive?', n > 0):
            return 'positive'
        case int(n) if check('even?', n % 2 == 0):
            return 'non-positive even'
        case str() if check('never for ints', False):
            return 'unreachable'
        case _:
            return 'fallback'
for v in (5, -4, -3, 'x'):
    calls.clear()
    print(v, f(v), calls)
def g(point):
    match point:
        case (x, y) if x == y:
            return 'diagonal'
        case (x, y) if x > y:
            return f'below, x={x}'
        case (x, y):
            return f'above, y={y}'
print(g((1, 1)), g((3, 1)), g((1, 3)))
match [1, 2]:
    case [a, b] if (total := a + b) > 10:
        print('big')
    case [a, b]:
        print('walrus in failed guard still bound:', total)
