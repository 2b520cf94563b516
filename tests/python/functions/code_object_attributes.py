# Introspection of functions and code objects: co_* attributes, defaults, closures, co_consts starting with the docstring or None.
def outer(a, b=2, *args, c, d=4, **kw):
    x = a + b
    def inner(y):
        return x + y
    return inner
code = outer.__code__
for attr in ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_varnames", "co_cellvars", "co_freevars", "co_names", "co_name", "co_qualname", "co_firstlineno", "co_flags"]:
    print(attr, getattr(code, attr))
print(outer.__defaults__, outer.__kwdefaults__, outer.__closure__, outer.__name__, outer.__qualname__, outer.__module__)
inn = outer(1, c=3)
print(inn.__closure__[0].cell_contents, inn.__code__.co_freevars, len(inn.__closure__))
print(repr(inn.__closure__[0]).split(" at ")[0])
print(inn.__code__.co_consts[:1], outer.__code__.co_consts[0])
def gen(): yield 1
print(gen.__code__.co_flags & 0x20, outer.__code__.co_flags & 0x04, outer.__code__.co_flags & 0x08)
lam = lambda q, *, r=5: q
print(lam.__code__.co_varnames, lam.__kwdefaults__, lam.__name__, lam.__code__.co_argcount)
def annotated(x: int) -> str: "doc"
print(annotated.__annotations__, annotated.__doc__, annotated.__dict__, annotated.__wrapped__ if hasattr(annotated, "__wrapped__") else None)
annotated.custom = 5
print(annotated.__dict__, vars(annotated))
print(sorted(k for k in dir(outer) if not k.startswith("__")))
print(type(outer.__code__).__name__, type(outer.__globals__).__name__)
def f(): x = 1; return 'a'
def g(): 'doc'; return 2
async def h(): return 1
print(f.__code__.co_consts, g.__code__.co_consts[0], (lambda: 1).__code__.co_consts, h.__code__.co_consts[0])
