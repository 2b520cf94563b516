# compile() and eval() of strings: in modes "eval" and "single" CPython's tokenizer adds no final newline, so
# an error at the end of an unterminated last line is placed at its ENDMARKER, which has no column (offset 0,
# no caret), or, for errors found inside an f-string, at the end of the line. In mode "exec" the newline is
# implied (and quoted in the error's text). eval() skips leading spaces and tabs; compile() does not.
cases = ['1 +', '1 +\n', '\n1 +', 'x y', '1 + # c', 'lambda', 'lambda x:', '[1, 2', '1 if 2 else', 'a.', 'not',
         'f"{)}"', 'f"{#}"', 'f"{a!z}"', 'f"{)}" # c', 'f"{)}"\n', 'for', 'x = (', 'if x:', 'if x:\n  pass',
         'def f(:', 'x +=', 'a = 1; b =', 'class', '@', 'if 1:\n    1 +', 'while 1:\n  break\nelse', 'import',
         'try:\n  pass', 'try:\n  pass\nexcept', 'match x:\n  case', 'print "x"', '1 = 2', '$', '  1', '\t1 +']
for mode in ('eval', 'exec', 'single'):
    for source in cases:
        try:
            compile(source, '<input>', mode)
            print(mode, repr(source), 'ok')
        except SyntaxError as e:
            print(mode, repr(source), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset,
                  repr(e.text))
for source in [' 1', '\t 1 + 1', '\n 1', ' \n1', ' 1 \n\n', '1 +', 'f"{)}"']:
    try:
        print(repr(source), eval(source))
    except SyntaxError as e:
        print(repr(source), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
eval('(1 +')
