# A tokenizer, recursive-descent parser and evaluator using __slots__, generators, match and exceptions.
"""A tiny expression evaluator: tokenizer, recursive-descent parser, AST evaluation."""
from_tokens = None
class Token:
    __slots__ = ('kind', 'text', 'pos')
    def __init__(self, kind, text, pos): self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self): return f'Token({self.kind!r}, {self.text!r}, {self.pos})'
def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace(): i += 1; continue
        if c.isdigit() or c == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'): j += 1
            yield Token('num', src[i:j], i); i = j; continue
        if c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'): j += 1
            yield Token('name', src[i:j], i); i = j; continue
        if src.startswith('**', i): yield Token('op', '**', i); i += 2; continue
        if c in '+-*/()%,^=': yield Token('op', c, i); i += 1; continue
        raise SyntaxError(f'bad character {c!r} at {i}')
    yield Token('end', '', i)
class Parser:
    def __init__(self, src):
        self.toks = list(tokenize(src)); self.i = 0
    def peek(self): return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]; self.i += 1; return t
    def expect(self, text):
        t = self.next()
        if t.text != text: raise SyntaxError(f'expected {text!r}, got {t.text!r} at {t.pos}')
        return t
    def parse(self):
        e = self.assignment()
        if self.peek().kind != 'end': raise SyntaxError(f'trailing {self.peek()}')
        return e
    def assignment(self):
        if self.peek().kind == 'name' and self.toks[self.i + 1].text == '=':
            name = self.next().text; self.next()
            return ('assign', name, self.assignment())
        return self.expr()
    def expr(self):
        left = self.term()
        while self.peek().text in ('+', '-'):
            op = self.next().text; left = (op, left, self.term())
        return left
    def term(self):
        left = self.factor()
        while self.peek().text in ('*', '/', '%'):
            op = self.next().text; left = (op, left, self.factor())
        return left
    def factor(self):
        if self.peek().text in ('-', '+'):
            op = self.next().text; return ('neg' if op == '-' else 'pos', self.factor())
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek().text in ('**', '^'):
            self.next(); return ('**', base, self.factor())
        return base
    def atom(self):
        t = self.next()
        match t:
            case Token(kind='num'):
                return ('num', float(t.text) if '.' in t.text else int(t.text))
            case Token(kind='name') if self.peek().text == '(':
                self.next(); args = []
                if self.peek().text != ')':
                    args.append(self.expr())
                    while self.peek().text == ',': self.next(); args.append(self.expr())
                self.expect(')'); return ('call', t.text, args)
            case Token(kind='name'): return ('var', t.text)
            case Token(text='('):
                e = self.expr(); self.expect(')'); return e
        raise SyntaxError(f'unexpected {t.text!r} at {t.pos}')
Token.__match_args__ = ('kind', 'text')
FUNCS = {'max': max, 'min': min, 'abs': abs, 'round': round, 'sum': lambda *a: sum(a)}
def evaluate(node, env):
    match node:
        case ('num', v): return v
        case ('var', name):
            try: return env[name]
            except KeyError: raise NameError(f'undefined variable {name!r}') from None
        case ('assign', name, value):
            env[name] = result = evaluate(value, env); return result
        case ('neg', e): return -evaluate(e, env)
        case ('pos', e): return +evaluate(e, env)
        case ('call', fname, args): return FUNCS[fname](*(evaluate(a, env) for a in args))
        case (op, l, r):
            a, b = evaluate(l, env), evaluate(r, env)
            return {'+': a.__add__, '-': a.__sub__, '*': a.__mul__}.get(op, lambda x: NotImplemented)(b) if op in '+-*' else (a / b if op == '/' else a % b if op == '%' else a ** b)
env = {}
for line in ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ** 2', 'x = 7', 'y = x * 2 + 1', 'x * y', '10 / 4', '10 % 4', 'max(1, x, y) - min(3, 2)', 'sum(1, 2, 3, 4)', 'round(3.14159, 2)', 'abs(-5.5)', '1 +', 'z + 1', '3 $ 4', '((2)', '2 ^ 10', '1.5 * 4', '7 / 0']:
    try:
        tree = Parser(line).parse()
        print(f'{line:28} => {evaluate(tree, env)!r}')
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f'{line:28} !! {type(e).__name__}: {e}')
print(sorted(env.items()))
print(list(tokenize('a=1')))
