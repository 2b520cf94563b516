# A var-positional parameter with a default: CPython's specific message, except after a starred annotation.
for src in ["def f5(*args: *b = (1,)): pass", "def f(*args = 1): pass", "def f(*args: int = 1): pass", "lambda *a=1: 0", "def f(*args: *b): pass"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
