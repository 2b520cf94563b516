# SyntaxError details from compile(): msg, filename, lineno, offset, text
sources = ['x = (1, 2', 'def f(:\n    pass', 'a = 1\nb = = 2\n', 'if True\n    pass', 'return 5',
           'x = 1 +* 2', "f'{}'", 'class 1A: pass', 'lambda x: yield', 'print "hi"']
for src in sources:
    try:
        compile(src, 'snippet.py', 'exec')
        print('compiled')
    except SyntaxError as e:
        print(f'{e.msg!r} file={e.filename} line={e.lineno} offset={e.offset}')
try:
    compile('x\n  y', 'indent.py', 'exec')
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    compile('if 1:\nx', 'indent.py', 'exec')
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
