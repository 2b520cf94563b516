# CPython's tokenizer allows 200 levels of parentheses, brackets and braces: programs nested that deep (with
# operators inside) compile and run, and the 201st level is "too many nested parentheses", whatever the
# bracket kind or the depth beyond it (also inside an f-string).
def attempt(label, source, run=True, mode='eval'):
    try:
        code = compile(source, '<nested>', mode)
        value = eval(code) if run else 'compiled'

        print(label, 'ok', repr(value)[:40])
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg, e.lineno, e.offset)


def f(x=0):
    return x + 1


levels = {
    'parens': ('(', ')'),
    'lists': ('[', ']'),
    'sets': ('{', '}'),
    'calls': ('f(', ')'),
    'negations': ('-(', ')'),
    'sums': ('1+(', ')'),
    'dicts': ('{1:', '}'),
    'subscripts': ('[[0]][0][', ']'),
    'conditionals': ('1 if (', ') else 2'),
    'not': ('not (', ')'),
}
for label, (open_, close) in levels.items():
    for n in (100, 199, 200, 201, 1000):
        # Nested sets are never hashable, so those only compile.
        attempt(f'{label} {n}', open_ * n + '0' + close * n, run=label != 'sets')
for n in (199, 200, 201):
    attempt(f'f-string {n}', 'f"{' + '(' * n + '1' + ')' * n + '}"', mode='exec')
attempt('mixed 200', '[-(' * 100 + '1' + ')]' * 100, run=False)
attempt('unary inside 200', '(' * 200 + '-' * 300 + '1' + ')' * 200)
attempt('not chain', 'not ' * 1000 + '0')
attempt('minus chain', '-' * 1000 + '1')
