# Setting and deleting attributes on built-in types and instances, __slots__ errors, __class__ and __bases__ assignment.
tests = [
 "int.x = 1", "del int.real", "str.upper = None", "object.__setattr__(int, 'y', 1)", "(1).x = 2", "'s'.x = 1", "[].x = 1", "len.x = 1", "(lambda: 0).__name__ = 5",
 "class A: __slots__ = ('a',)\nA().__dict__", "class A: __slots__ = ('a', 'a')", "class A: __slots__ = 5", "class A: __slots__ = ('1x',)",
 "class A: __slots__ = ('__dict__', '__dict__')", "class A(int): __slots__ = ('x',)", "class A: pass\nclass B: __slots__=()\nA().__class__ = B",
 "class A: pass\nA().__class__ = int", "class A: pass\na = A(); a.__class__ = type('B', (), {}); print(type(a).__name__)", "class A: pass\nA.__bases__ = (int,)",
 "class A: pass\nA.__name__ = 'a.b'; print(A)", "class A: pass\nA.__name__ = 'x\\0y'", "class A: pass\ndel A.__name__", "class A: pass\nA.__doc__ = 'new'; print(A.__doc__)",
 "class A: pass\nA.__module__ = 'm'; print(A)", "class A: pass\nprint(A.__dict__['__module__'], A.__dict__.get('__qualname__'))", "class A: x = 1\ndel A.x\nprint(hasattr(A, 'x'))",
 "class A: pass\ndel A.x", "class A: pass\na = A(); del a.x", "class A: __slots__ = ('x',)\na = A(); del a.x", "class A: __slots__ = ('x',)\na = A(); a.x = 1; del a.x; print(hasattr(a, 'x'))",
 "def f(): pass\nf.__defaults__ = 5", "def f(a=1): return a\nf.__defaults__ = (2,); print(f())", "def f(): pass\nf.__code__ = 5", "def f(): pass\nf.attr = 1; print(f.attr, f.__dict__)",
 "def f(): pass\nprint(f.__globals__ is globals(), f.__builtins__ is not None if hasattr(f, '__builtins__') else 'nb')", "object().__dict__", "object.__dict__['x'] = 1",
 "print(type.__dict__['__doc__'].__get__(int)[:20] if False else 'skip')", "class M(type): pass\nclass A(metaclass=M): pass\nA.__class__ = type; print(type(A))",
]
for t in tests:
    try:
        exec(t, {})
        print('ok', repr(t[:40]))
    except Exception as e:
        print(repr(t[:40]), type(e).__name__, e)
