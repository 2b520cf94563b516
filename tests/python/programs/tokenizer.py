# a tiny tokenizer and recursive-descent evaluator for arithmetic
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == '.':
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            text = src[i:j]
            tokens.append(('NUM', float(text) if '.' in text else int(text)))
            i = j
        elif ch.isalpha() or ch == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            tokens.append(('NAME', src[i:j]))
            i = j
        elif src.startswith('**', i):
            tokens.append(('OP', '**'))
            i += 2
        elif ch in '+-*/()%':
            tokens.append(('OP', ch))
            i += 1
        else:
            raise SyntaxError(f'unexpected character {ch!r} at {i}')
    tokens.append(('END', None))
    return tokens
class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env
    def peek(self):
        return self.tokens[self.pos]
    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek() in (('OP', '+'), ('OP', '-')):
            op = self.take()[1]
            value = value + self.term() if op == '+' else value - self.term()
        return value
    def term(self):
        value = self.unary()
        while self.peek()[0] == 'OP' and self.peek()[1] in '*/%' and self.peek()[1] != '**':
            op = self.take()[1]
            rhs = self.unary()
            value = value * rhs if op == '*' else value / rhs if op == '/' else value % rhs
        return value
    def unary(self):
        if self.peek() == ('OP', '-'):
            self.take()
            return -self.unary()
        return self.power()
    def power(self):
        base = self.atom()
        if self.peek() == ('OP', '**'):
            self.take()
            return base ** self.unary()
        return base
    def atom(self):
        kind, value = self.take()
        if kind == 'NUM':
            return value
        if kind == 'NAME':
            return self.env[value]
        if (kind, value) == ('OP', '('):
            v = self.expr()
            if self.take() != ('OP', ')'):
                raise SyntaxError('expected )')
            return v
        raise SyntaxError(f'unexpected token {value!r}')
print(tokenize('x1 + 2.5*(y - 3)'))
env = {'x': 4, 'y': 10, 'rate': 0.5}
for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ** 2', '10 / 4', '17 % 5',
            'x * y - rate', '((x))', '2 * (3 + 4) * 5', '1 +', '3 $ 4', 'unknown + 1']:
    try:
        print(f'{src!r:20} = {Parser(tokenize(src), env).expr()}')
    except (SyntaxError, KeyError) as e:
        print(f'{src!r:20} ! {type(e).__name__}: {e}')
