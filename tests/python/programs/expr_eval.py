# Tokenizer, recursive-descent parser and evaluator for a small expression
# language with variables, functions and error reporting.

class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.pos})"


class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg, pos)
        self.msg, self.pos = msg, pos

    def __str__(self):
        return f"{self.msg} at column {self.pos}"


OPERATORS = {"+", "-", "*", "/", "%", "^", "(", ")", ",", "="}


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            if text.count(".") > 1:
                raise ParseError(f"bad number {text!r}", start)
            tokens.append(Token("num", text, start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start))
        elif ch in OPERATORS:
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    tokens.append(Token("end", "", len(src)))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise ParseError(f"expected {text!r}, found {tok.text or 'end'!r}", tok.pos)
        self.i += 1
        return tok

    def statement(self):
        if (self.peek().kind == "name" and self.tokens[self.i + 1].text == "="):
            name = self.take().text
            self.take("=")
            node = ("assign", name, self.expr())
        else:
            node = self.expr()
        if self.peek().kind != "end":
            raise ParseError(f"trailing input {self.peek().text!r}", self.peek().pos)
        return node

    def expr(self):
        node = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            node = (op, node, self.term())
        return node

    def term(self):
        node = self.factor()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            node = (op, node, self.factor())
        return node

    def factor(self):
        if self.peek().text == "-":
            self.take()
            return ("neg", self.factor())
        base = self.atom()
        if self.peek().text == "^":
            self.take()
            return ("^", base, self.factor())   # right associative
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return ("num", float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "name":
            if self.peek().text == "(":
                self.take()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr())
                    while self.peek().text == ",":
                        self.take()
                        args.append(self.expr())
                self.take(")")
                return ("call", tok.text, tuple(args))
            return ("var", tok.text)
        if tok.text == "(":
            node = self.expr()
            self.take(")")
            return node
        raise ParseError(f"unexpected {tok.text or 'end of input'!r}", tok.pos)


def fact(n):
    if n < 0 or n != int(n):
        raise ValueError("fact() needs a non-negative integer")
    result = 1
    for k in range(2, int(n) + 1):
        result *= k
    return result

FUNCS = {
    "max": max, "min": min, "abs": abs, "fact": fact,
    "avg": lambda *xs: sum(xs) / len(xs),
    "hyp": lambda a, b: (a * a + b * b) ** 0.5,
}


def evaluate(node, env):
    match node:
        case ("num", value):
            return value
        case ("var", name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f"undefined variable {name!r}") from None
        case ("assign", name, sub):
            env[name] = value = evaluate(sub, env)
            return value
        case ("neg", sub):
            return -evaluate(sub, env)
        case ("call", name, args):
            if name not in FUNCS:
                raise NameError(f"unknown function {name}()")
            return FUNCS[name](*[evaluate(a, env) for a in args])
        case (op, left, right):
            l, r = evaluate(left, env), evaluate(right, env)
            if op == "+": return l + r
            if op == "-": return l - r
            if op == "*": return l * r
            if op == "/": return l / r
            if op == "%": return l % r
            if op == "^": return l ** r
    raise AssertionError(f"bad node {node!r}")


def show(node):
    kind = node[0]
    if kind == "num":
        return repr(node[1])
    if kind == "var":
        return node[1]
    if kind == "neg":
        return f"(-{show(node[1])})"
    if kind == "call":
        return f"{node[1]}({', '.join(map(show, node[2]))})"
    if kind == "assign":
        return f"{node[1]} := {show(node[2])}"
    return f"({show(node[1])} {kind} {show(node[2])})"


print(tokenize("x1 = 3.5*(y+2)"))
env = {"pi": 3.141592653589793}
lines = [
    "1 + 2 * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "x = 7 / 2",
    "y = x * 4 - 1",
    "(x + y) % 5",
    "r = hyp(3, 4)",
    "avg(1, 2, 3, 4) + max(x, y, 100)",
    "fact(20) / fact(18)",
    "fact(25)",
    "pi * r ^ 2",
    "10 / (5 - 5)",
    "1.5.2 + 1",
    "3 + * 4",
    "foo(1)",
    "z + 1",
    "(1 + 2",
    "4 $ 4",
    "fact(2.5)",
    "7 % -3 + -7 % 3",
    "2 ^ 0.5",
    "1e3",
]
for line in lines:
    try:
        tree = Parser(tokenize(line)).statement()
        value = evaluate(tree, env)
        print(f"{line:<34} => {show(tree):<40} = {value!r}")
    except ParseError as e:
        print(f"{line:<34} !! parse error: {e} {e.args}")
        print(" " * (e.pos + 4) + "^")
    except (ZeroDivisionError, NameError, ValueError) as e:
        print(f"{line:<34} !! {type(e).__name__}: {e}")

print(sorted(env.items()))
evaluate(Parser(tokenize("fact(-1) + 1")).statement(), env)
