# Local/nonlocal/global scoping, class scopes, walrus in comprehensions, NameError suggestions, scope SyntaxErrors.
def f():
    print(x)
    x = 1
try: f()
except UnboundLocalError as e: print(e)
def g():
    def inner(): return y
    try: inner()
    except NameError as e: print(type(e).__name__, e)
    y = 2
    return inner()
print(g())
def h():
    y = 1
    del y
    try: print(y)
    except UnboundLocalError as e: print(e)
h()
data = [1, 2, 3, 4]
if (n := len(data)) > 3: print(f"List is too long ({n} elements, expected <= 3)")
print([y for x in data if (y := x * 2) > 4], y)
total = 0
print([total := total + v for v in data], total)
def walrus_in_comp():
    [(last := i) for i in range(5)]
    return last
print(walrus_in_comp())
class K:
    a = 1
    b = [a for _ in range(2)] if False else None
    c = [x for x in range(a + 2)]
    try:
        d = [a for _ in range(2)]
    except NameError as e:
        print('class scope', e)
print(K.c)
x = 'global'
class K2:
    x = 'class'
    def m(self): return x
    l = (lambda: x)()
print(K2().m(), K2.l)
def outer():
    v = 'enclosing'
    class Inner:
        v = 'classvar'
        def m(self): return v
        w = v
    return Inner().m(), Inner.w
print(outer())
def cl():
    fs = []
    for i in range(3):
        def ff(): return i
        fs.append(ff)
    return [f() for f in fs]
print(cl())
def nl():
    a = 1
    def m():
        nonlocal a
        a += 1
        def deeper():
            nonlocal a
            a *= 10
        deeper()
    m()
    return a
print(nl())
counter = 0
def incr():
    global counter
    counter += 1
incr(); incr(); print(counter)
def unbound_aug():
    counter += 1
try: unbound_aug()
except UnboundLocalError as e: print(e)
print(globals()['counter'], 'incr' in globals(), sorted(k for k in locals() if k.startswith('coun')))
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
for name in ['prnt', 'lenn', 'Tru', 'daat', 'counterr', 'sorte']:
    try: eval(name)
    except NameError as e: print(e)
class Obj:
    def __init__(self): self.value = 1; self.values = 2
    def method(self): pass
for attr in ['valu', 'methd', 'vales', 'zzz']:
    try: getattr(Obj(), attr)
    except AttributeError as e: print(e)
try: Obj().valeu
except AttributeError as e: print(e)
try: [].apend(1)
except AttributeError as e: print(e)
try: 'x'.uper()
except AttributeError as e: print(e)
def uses_local_name():
    somelongname = 1
    return somelongnam
try: uses_local_name()
except NameError as e: print(e)
import sys
try: sys.maxsiz
except AttributeError as e: print(e)
try: import syss
except ImportError as e: print(e, e.name)
i = 10
print([i for i in range(3)], i)
print(list(map(lambda i: i + 1, range(3))), i)
for i in range(2): pass
print(i)
try:
    exec("def bad():\n    global q\n    q = 1\n    nonlocal r")
except SyntaxError as e: print(e)
for src in ["nonlocal x", "def f():\n  nonlocal zz", "def f(a):\n  global a", "def f():\n  x = 1\n  global x", "[(i := 1) for i in range(2)]", "class C:\n  [(j := 1) for k in range(2)]", "def f():\n  x=1\n  def g():\n    print(x)\n    nonlocal x", "(a, b) := (1, 2)", "def f(a, a): pass", "f(x=1, x=2)", "lambda: (yield)", "return 5", "yield 5", "break", "continue", "def f():\n  class C:\n    nonlocal q"]:
    try: compile(src, '<s>', 'exec'); print('compiled', repr(src))
    except SyntaxError as e: print(repr(src), '->', e.msg, e.lineno, e.offset)
Obj().methdo
