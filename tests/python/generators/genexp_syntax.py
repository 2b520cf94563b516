# generator expressions as sole call argument, and the syntax rules around them
print(sum(x for x in range(5)), max(len(w) for w in ['a', 'abc']), ''.join(c.upper() for c in 'hi'))
print(sorted((x % 3 for x in range(6)), reverse=True))
print(tuple(x for x in 'ab'), dict((k, v) for k, v in [('a', 1)]))
for src in ('f(x for x in y, 1)', 'f(1, x for x in y)', '(x for x in y) = 1', 'x for x in y'):
    try:
        compile(src, '<s>', 'exec')
        print('compiled:', src)
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
try:
    compile('[(yield x) for x in y]', '<s>', 'exec')
except SyntaxError as e:
    print('SyntaxError:', e.msg)
