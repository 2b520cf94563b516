# a tiny Lisp evaluator over nested lists using match for every special form
def evaluate(expr, env):
    match expr:
        case int() | float():
            return expr
        case str(name):
            return env[name]
        case ['quote', x]:
            return x
        case ['if', test, then, other]:
            return evaluate(then if evaluate(test, env) else other, env)
        case ['let', [str(name), value], body]:
            return evaluate(body, {**env, name: evaluate(value, env)})
        case ['lambda', [*params], body]:
            return lambda *args: evaluate(body, {**env, **dict(zip(params, args))})
        case [op, *args]:
            fn = evaluate(op, env)
            return fn(*[evaluate(a, env) for a in args])
        case []:
            raise SyntaxError('empty expression')
env = {'+': lambda *a: sum(a), '*': lambda a, b: a * b, '<': lambda a, b: a < b, '-': lambda a, b: a - b}
programs = [
    ['+', 1, 2, 3],
    ['let', ['x', 5], ['*', 'x', 'x']],
    ['if', ['<', 1, 2], ['quote', 'yes'], ['quote', 'no']],
    [['lambda', ['a', 'b'], ['-', 'a', 'b']], 10, 4],
    ['let', ['sq', ['lambda', ['n'], ['*', 'n', 'n']]], ['+', ['sq', 3], ['sq', 4]]],
    ['quote', [1, 2, 3]],
]
for p in programs:
    print(evaluate(p, env))
try:
    evaluate([], env)
except SyntaxError as e:
    print('SyntaxError:', e)
