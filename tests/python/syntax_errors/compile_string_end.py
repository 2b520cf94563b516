# Syntax errors at the end of a string given to compile(), eval() and exec(): in "exec" mode the source is
# ended with a newline (which the error's text shows); in "eval" and "single" mode an error at the end of a
# string without one has no column, and a final backslash is an unexpected character.
sources = ["1 +", "1 +\n", "1 +\n\n", "x = (", "a b\n# c", "1 +  # c", "lambda:", "not", "a.", "1 + \\",
           "(1,", "1 2", "if x:\npass", "def f(:", "1 + (2"]
for src in sources:
    for mode in ["exec", "eval", "single"]:
        try:
            compile(src, "<s>", mode)
            print(repr(src), mode, "compiled")
        except SyntaxError as e:
            print(repr(src), mode, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
for run in [eval, exec]:
    try:
        run("1 +")
    except SyntaxError as e:
        print(run.__name__, e.offset, repr(e.text))
