# Where symbol-table errors point: at the * of a function's star import, at the walrus target in a class body.
for src in ["def f():\n    from x import *",
            "def f():\n    from x import a, *",
            "class A:\n    [(zed := 1) for x in range(3)]",
            "class A:\n    [y for x in range(3) if (zed := x)]"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
