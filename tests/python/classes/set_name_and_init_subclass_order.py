# Class creation order: __set_name__ before __init_subclass__, metaclass __new__/__init__ around them, errors from each.
class D:
    def __set_name__(self, owner, name): print('set_name', owner.__name__, name)
class Base:
    def __init_subclass__(cls, **kw): print('init_subclass', cls.__name__, kw)
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print('meta new start', name)
        cls = super().__new__(m, name, bases, ns, **kw)
        print('meta new end', name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('meta init', name, kw)
        super().__init__(name, bases, ns)
class C(Base, metaclass=Meta, k=1):
    a = D()
    b = D()
class E(Exception):
    def __set_name__(self, o, n): raise E('fail in set_name')
try:
    class F:
        x = E()
except Exception as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, '__notes__') else '', repr(e.__cause__))
class G:
    pass
G.late = D()  # no set_name
d = D(); T = type('T', (), {'attr': d})
class H:
    def __init_subclass__(cls): raise ValueError('no subclasses')
try:
    class I(H): pass
except ValueError as e: print(e)
class J:
    @classmethod
    def __init_subclass__(cls, **kw): print('explicit classmethod', cls.__name__)
class K(J): pass
class L:
    def __init_subclass__(cls, /, required, **kw): cls.req = required
try:
    class M(L): pass
except TypeError as e: print(e)
class N(L, required=5): pass
print(N.req)
