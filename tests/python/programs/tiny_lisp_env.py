# A small Lisp: tokenizer, parser, environments as dict subclasses, tail calls in a loop, errors chained with from.
class LispError(Exception): pass
class Symbol(str):
    def __repr__(self): return f"Symbol({str.__repr__(self)})"
def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()
def parse(tokens):
    if not tokens:
        raise LispError("unexpected EOF")
    t = tokens.pop(0)
    if t == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(parse(tokens))
        if not tokens:
            raise LispError("missing )")
        tokens.pop(0)
        return lst
    if t == ")":
        raise LispError("unexpected )")
    for conv in (int, float):
        try:
            return conv(t)
        except ValueError:
            pass
    return Symbol(t)
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer
    def find(self, var):
        if var in self: return self
        if self.outer is None: raise LispError(f"unbound symbol: {var!r}")
        return self.outer.find(var)
class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        if len(args) != len(self.params):
            raise LispError(f"expected {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))
    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"
def standard_env():
    env = Env()
    env.update({
        "+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
        "*": lambda a, b: a * b, "/": lambda a, b: a / b, "<": lambda a, b: a < b,
        ">": lambda a, b: a > b, "=": lambda a, b: a == b, "car": lambda x: x[0],
        "cdr": lambda x: x[1:], "cons": lambda x, y: [x] + y, "list": lambda *x: list(x),
        "null?": lambda x: x == [], "apply": lambda f, a: f(*a), "print": print,
        "length": len, "max": max, "min": min, "abs": abs, "not": lambda x: not x,
    })
    return env
def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        if not x:
            raise LispError("empty application")
        head, *args = x
        match head:
            case "quote":
                return args[0]
            case "if":
                test, conseq, alt = args
                x = conseq if evaluate(test, env) else alt
            case "define":
                name, expr = args
                env[name] = evaluate(expr, env)
                return None
            case "set!":
                name, expr = args
                env.find(name)[name] = evaluate(expr, env)
                return None
            case "lambda":
                params, body = args
                return Procedure(params, body, env)
            case "begin":
                for e in args[:-1]:
                    evaluate(e, env)
                x = args[-1]
            case _:
                proc = evaluate(head, env)
                vals = [evaluate(a, env) for a in args]
                if isinstance(proc, Procedure):
                    if len(vals) != len(proc.params):
                        raise LispError(f"arity mismatch for {proc!r}")
                    x, env = proc.body, Env(proc.params, vals, proc.env)
                else:
                    try:
                        return proc(*vals)
                    except TypeError as e:
                        raise LispError(f"bad call: {e}") from e
def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True: return "#t"
    if v is False: return "#f"
    return str(v)
env = standard_env()
programs = """
(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))
(fact 20)
(fact 30.0)
(define loop (lambda (n acc) (if (= n 0) acc (loop (- n 1) (+ acc n)))))
(loop 5000 0)
(define map (lambda (f xs) (if (null? xs) (quote ()) (cons (f (car xs)) (map f (cdr xs))))))
(map (lambda (x) (* x x)) (list 1 2 3 4))
(apply + (list 1 2 3))
(undefined 1)
(car (quote ()))
(/ 1 0)
(+ 1 (quote a))
((lambda (x) x))
(begin (define x 3) (set! x (+ x 1)) x)
(set! nope 1)
(length 5)
(quote (1 2.5 "a" (b)))
(if 1 2)
(max (list 1 2) 3)
)
(1 2
()
"""
for line in programs.strip().splitlines():
    try:
        tokens = tokenize(line)
        expr = parse(tokens)
        result = evaluate(expr, env)
        if result is not None:
            print(f"{line[:40]:<42}=> {to_str(result)}")
    except LispError as e:
        cause = e.__cause__
        print(f"{line[:40]:<42}!! {e}" + (f" [{type(cause).__name__}]" if cause else ""))
    except (ZeroDivisionError, IndexError, ValueError) as e:
        print(f"{line[:40]:<42}!! {type(e).__name__}: {e}")
print(sorted(k for k in env if k.isalpha()))
print(repr(Symbol("abc")), Symbol("a") == "a", hash(Symbol("q")) == hash("q"))
