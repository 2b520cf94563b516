# Which error a global or nonlocal declaration gets for a name already used, annotated or assigned in the scope:
# CPython checks parameter, then use, then annotation, then assignment (an augmented one is only a store; an import
# is no obstacle).
for src in ["def f():\n  x = 1\n  print(x)\n  global x", "def f():\n  print(x)\n  x = 1\n  global x", "def f():\n  x: int\n  global x", "def f():\n  x: int\n  print(x)\n  global x",
            "def f():\n  y = 1\n  def g():\n    x: int = 1\n    nonlocal y, x", "def f():\n  x = 1\n  def g():\n    x: int\n    nonlocal x", "def f(x):\n  x: int\n  global x", "x: int = 1\nglobal x", "class C:\n  x: int\n  global x",
            "def f():\n  global x\n  x: int", "def f():\n  x = 1\n  def g():\n    print(x)\n    x = 2\n    nonlocal x", "def f():\n  for x in y: pass\n  global x", "def f():\n  import x\n  global x", "def f():\n  del x\n  global x", "def f():\n  x += 1\n  global x"]:
    try: compile(src, '<case>', 'exec'); print('OK', repr(src))
    except SyntaxError as e: print(repr(src), '->', e.msg, e.lineno, e.offset)

def f():
    import sys
    global sys
    return sys.maxsize > 0
print(f(), 'sys' in globals())
def g():
    from sys import byteorder as order
    global order
    return order
print(g() in ('little', 'big'), 'order' in globals())
