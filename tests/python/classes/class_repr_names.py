# A class's repr shows module.qualname; without a module (or in builtins) CPython shows its __name__ instead,
# which assigning __name__ changes (and not __qualname__).
class A: pass
A.__name__ = "Renamed"
print(A, A.__name__, A.__qualname__)
class B: pass
B.__qualname__ = "Outer.B"
print(B, B.__name__)
exec("class C: pass\nC.__name__ = 'dotted.name'\nprint(C, C.__module__, C.__qualname__)", {})
exec("def f():\n    class D: pass\n    return D\nD = f()\nprint(D, D.__qualname__, repr(D()).split(' object')[0])", {})
def g():
    class E: pass
    return E
E = g()
print(E, repr(E()).split(' object')[0])
E.__module__ = 'builtins'
print(E, repr(E()).split(' object')[0])
E.__module__ = 42
print(E)
