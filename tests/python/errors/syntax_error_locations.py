# Where compile() places syntax errors: message, line, offset, end line and end offset.
SNIPPETS = [
    "class C(x for x in y): pass\n",
    "class C(x for x in y, 1): pass\n",
    "f(x for x in y)\n",
    "f(x for x in y, 1)\n",
    "a, *b, *c = x\n",
    "[a, *b, *c] = x\n",
    "(*a, *b) = x\n",
    "for a, *b, *c in x: pass\n",
    "try:\n    pass\n",
    "try:\n    pass\nx = 1\n",
    "if x:\n",
    "def f():\n    if x:\n",
    "x = (1,\n",
    "x = 1 +\n",
    # Found by the compiler rather than the parser: CPython quotes no line of a string.
    "return 1\n",
    "def f():\n    nonlocal x\n",
    "for x in y:\n    pass\nbreak\n",
    "def f(a, a): pass\n",
    "x = 1\nglobal x\n",
    "yield 1\n",
]
for src in SNIPPETS:
    try:
        compile(src, "<snippet>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
