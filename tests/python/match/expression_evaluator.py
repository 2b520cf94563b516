# an expression tree evaluator and simplifier built on class patterns
class Num:
    __match_args__ = ('v',)
    def __init__(self, v): self.v = v
    def __repr__(self): return str(self.v)
class Var:
    __match_args__ = ('name',)
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
class BinOp:
    __match_args__ = ('op', 'left', 'right')
    def __init__(self, op, left, right): self.op, self.left, self.right = op, left, right
    def __repr__(self): return f'({self.left!r} {self.op} {self.right!r})'
def simplify(e):
    match e:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match op, l, r:
                case ('+', Num(0), x) | ('+', x, Num(0)):
                    return x
                case ('*', Num(0), _) | ('*', _, Num(0)):
                    return Num(0)
                case ('*', Num(1), x) | ('*', x, Num(1)):
                    return x
                case _, Num(a), Num(b):
                    return Num({'+': a + b, '-': a - b, '*': a * b}[op])
                case '-', x, y if repr(x) == repr(y):
                    return Num(0)
                case _:
                    return BinOp(op, l, r)
        case _:
            return e
def evaluate(e, env):
    match e:
        case Num(v):
            return v
        case Var(name):
            return env[name]
        case BinOp('+', l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp('-', l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp('*', l, r):
            return evaluate(l, env) * evaluate(r, env)
x, y = Var('x'), Var('y')
exprs = [BinOp('+', Num(0), BinOp('*', x, Num(1))),
         BinOp('*', BinOp('+', Num(2), Num(3)), y),
         BinOp('-', BinOp('*', x, y), BinOp('*', x, y)),
         BinOp('+', BinOp('*', Num(0), x), BinOp('-', y, Num(4)))]
for e in exprs:
    s = simplify(e)
    print(e, '=>', s, '=', evaluate(s, {'x': 7, 'y': 10}))
