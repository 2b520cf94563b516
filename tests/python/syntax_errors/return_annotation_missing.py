# "-> expression" is optional in CPython's grammar: with no expression after the arrow it backs up, and the
# forced ':' fails at the arrow itself ("expected ':'"); an expression followed by something else fails there.
cases = [
    "def f() -> : pass",
    "def f() -> (: pass",
    "def f() -> x y: pass",
    "def f() -> lambda: 1: pass",
    "def f() ->\n  pass",
    "def f() -> *a: pass",
    "def f() -> yield: pass",
    "def f() -> x = 1: pass",
    "def f() -> x",
    "async def f() -> : pass",
    "def f() -> [1,: pass",
    "class C:\n    def m(self) -> : pass",
]
for src in cases:
    try:
        compile(src, '<case>', 'exec')
        print('compiles:', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
