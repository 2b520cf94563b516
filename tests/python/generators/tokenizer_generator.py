# a character-level tokenizer written as a generator
def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            yield ('NUM', src[i:j])
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            yield ('NAME', src[i:j])
            i = j
        elif src[i:i + 2] in ('**', '//', '==', '<=', '>='):
            yield ('OP', src[i:i + 2])
            i += 2
        elif c in '+-*/()<>=,':
            yield ('OP', c)
            i += 1
        else:
            raise SyntaxError(f'unexpected {c!r} at {i}')
    yield ('END', '')
for line in ['x1 = 3.5 ** 2 // y', 'f(a, b) >= 10', 'ok @ bad']:
    try:
        print(list(tokenize(line)))
    except SyntaxError as e:
        print('SyntaxError:', e)
