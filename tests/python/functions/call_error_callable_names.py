# Argument errors of calls with * and ** name the callable as CPython does: module.qualname() (no module for
# builtins), or its str() when it has no __qualname__; built-in functions know their __module__.
class A:
    def m(self): pass
    @classmethod
    def c(cls): pass
def f(**k): pass
import sys
for fn in [dict, f, A().m, A.m, A.c, print, len, [].append, A, (lambda **k: 0), sys.exit, object(), str.join]:
    try: fn(**{'a': 1}, **{'a': 2})
    except TypeError as e: print(str(e).replace(hex(id(fn)), "ADDR"))
for fn in [dict, f, A().m, print, A, object()]:
    try: fn(*5)
    except TypeError as e: print(str(e).replace(hex(id(fn)), "ADDR"))
    try: fn(**5)
    except TypeError as e: print(str(e).replace(hex(id(fn)), "ADDR"))
print(len.__module__, sys.exit.__module__, [].append.__module__, print.__module__)
