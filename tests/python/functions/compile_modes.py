# compile() in exec, eval and single modes
c1 = compile('a = 5\nprint(a * 2)', '<exec>', 'exec')
print(type(c1).__name__, c1.co_filename)
exec(c1)
c2 = compile('3 ** 4', '<eval>', 'eval')
print(eval(c2))
c3 = compile('1 + 1', '<single>', 'single')
r = exec(c3)
print('exec returned', r)
c4 = compile('None', '<single>', 'single')
exec(c4)
c5 = compile('"text"', '<single>', 'single')
exec(c5)
for mode, src in (('eval', 'x = 1'), ('single', 'a = 1\nb = 2\n'), ('bogus', '1')):
    try:
        compile(src, '<m>', mode)
    except (SyntaxError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print(eval(compile('[1, 2]', 'name', 'eval')) + [3])
