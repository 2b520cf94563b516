# Metaclasses: conflicts, __prepare__, __class__ cell, type() errors, keywords to __init_subclass__, callables as metaclasses.
class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e: print(e)
class M3(M1): pass
class D(metaclass=M3): pass
class E(A, D): pass
print(type(E).__name__)
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        class Recorder(dict):
            def __init__(self): super().__init__(); self.order = []
            def __setitem__(self, k, v):
                self.order.append(k); super().__setitem__(k, v)
        return Recorder()
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith('__')]
        return cls
class Ordered(metaclass=OrderedMeta):
    z = 1
    a = 2
    def m(self): pass
    z = 3
print(Ordered.order, Ordered.z)
class WithClassCell:
    def get(self): return __class__
    def sup(self): return super().__repr__()[:30]
print(WithClassCell().get().__name__)
def no_args_super():
    return super()
try: no_args_super()
except RuntimeError as e: print(e)
class SuperOutside:
    def m(): return super()
try: SuperOutside.m()
except RuntimeError as e: print(e)
class CellMeta(type):
    def __new__(mcs, name, bases, ns):
        print('has __classcell__', '__classcell__' in ns)
        return super().__new__(mcs, name, bases, ns)
class UsesCell(metaclass=CellMeta):
    def f(self): return __class__
print(UsesCell().f() is UsesCell)
print(type.__new__(type, 'X', (), {}).__name__)
X = type('X', (int,), {'double': lambda self: self * 2})
print(X(21).double(), X.__mro__, X.__module__)
try: type('Y', (), {}, extra=1)
except TypeError as e: print(e)
try: type('Y')
except TypeError as e: print(e)
try: type('Y', 5, {})
except TypeError as e: print(e)
try: type('Y', (), 5)
except TypeError as e: print(e)
try:
    class Bad(5): pass
except TypeError as e: print(e)
try:
    class Bad2(bool): pass
except TypeError as e: print(e)
try:
    class Bad3(int, str): pass
except TypeError as e: print(e)
class Kw(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        print('Kw.__new__ got', kwargs)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
class UsesKw(metaclass=Kw, color='red'):
    def __init_subclass__(cls, **kw): print('init_subclass', cls.__name__, kw)
class Child(UsesKw, color='blue'): pass
class Reg:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key: Reg.registry[key] = cls
class R1(Reg, key='one'): pass
class R2(Reg, key='two'): pass
print({k: v.__name__ for k, v in Reg.registry.items()})
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances: cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Logger(metaclass=Singleton):
    def __init__(self): print('Logger init once')
print(Logger() is Logger())
class AutoRepr(type):
    def __new__(mcs, name, bases, ns):
        fields = ns.get('fields', ())
        def __init__(self, *args):
            for f, a in zip(fields, args): setattr(self, f, a)
        def __repr__(self): return f"{name}({', '.join(f'{f}={getattr(self, f)!r}' for f in fields)})"
        ns['__init__'] = __init__; ns['__repr__'] = __repr__
        return super().__new__(mcs, name, bases, ns)
class Pt(metaclass=AutoRepr):
    fields = ('x', 'y')
print(Pt(1, 'two'), Pt.__init__.__qualname__)
print(type(type), type.__class__, isinstance(type, object), isinstance(object, type), type.__mro__, M1.__mro__)
print(Ordered.__class__.__name__, OrderedMeta.__prepare__('x', ()).__class__.__name__)
class Callable(type):
    def __call__(cls, x): return x * 2
class Twice(metaclass=Callable): pass
print(Twice(21))
class NonType:
    def __init__(self, name, bases, ns): self.made = (name, bases, sorted(k for k in ns if not k.startswith('__')))
def fn_meta(name, bases, ns): return f'made {name} with {sorted(ns)}'
class FromFn(metaclass=fn_meta):
    a = 1
print(FromFn)
class FromCls(metaclass=NonType):
    b = 2
print(FromCls.made)
class Q:
    __qualname__ = 'Custom.Q'
print(Q.__qualname__, Q.__name__)
Q.__name__ = 'Renamed'; print(Q, Q.__name__)
try: Q.__name__ = 5
except TypeError as e: print(e)
try: Q.__qualname__ = 5
except TypeError as e: print(e)
print(Q.__dict__.__class__.__name__, type(Q.__dict__).__name__)
try: Q.__dict__['x'] = 1
except TypeError as e: print(e)
class C(A, B): pass
