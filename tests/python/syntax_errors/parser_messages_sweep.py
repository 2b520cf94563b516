# A sweep of parser error messages and locations: missing colons (parenthesised with, bare except), yield
# assignments, missing defaults, starred annotations (allowed only on *args), and many classic mistakes.
cases = ["try:\n  pass\nexcept\n  pass", "with (blech as something)\n  pass", "with (blech, block as something)\n  pass", "with (a, b)\n  pass", "with a as b\n  pass", "with a\n  pass",
         "yield = 1", "(yield) = 1", "x = yield = 1", "lambda a=1,d=,c: None", "lambda a,d=,c: None", "def f(a=): pass", "def f(a, b=1, c=): pass",
         "def f6(x: *b): pass", "def f7(x: *b = 1): pass", "def f8(**kwargs: *a): pass", "def f9(*args: *a): pass",
         "for x in y\n  pass", "while x\n  pass", "if x\n  pass", "elif", "class A\n  pass", "def f()\n  pass", "try\n  pass", "else:", "match x\n  case 1: pass",
         "x = (1, 2", "x = [1, 2", "print('hi'", "f(a for a in b, c)", "f(**a, *b)", "f(a=1, b)", "def f(a, a): pass", "x += 1, 2 = 3", "a, b += 1", "del f()", "del (a, b)", "del [a, [b]]", "x = 1 if 2", "print 'hello'", "exec 'x'", "import a.b as", "from . import", "True = 1", "None += 1", "f() = 1", "a + 1 = 2", "[x for x in y] = 1", "'abc' = 1", "x, *y, *z = 1", "*x = 1", "*x, = 1", "return 1", "break", "continue", "yield 1", "await x", "nonlocal x", "def f():\n  global x\n  x = 1\n  global x"]
for s in cases:
    try:
        compile(s, "s", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "|", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
Ts = [int]
def f(*args: *Ts):
    pass
print(f.__annotations__)
