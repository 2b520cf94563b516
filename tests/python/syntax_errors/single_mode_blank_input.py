# compile(..., "single") needs a statement: blank lines or comments alone are a SyntaxError at the last line.
for src in ["\n", "", "# c\n", "   \n", "pass\n", "\n\n", "# a\n# b\n", "\n# c\n", "x = 1; y = 2\n"]:
    try:
        compile(src, "s", "single")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset, repr(e.text))
