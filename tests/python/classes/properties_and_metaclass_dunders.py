# Property overriding in subclasses, metaclass properties and dunders, __setattr__/__getattribute__ hooks, lazy __getattr__.
class Base:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): print('Base setter', v); self._x = v
class Child(Base):
    @Base.x.setter
    def x(self, v): print('Child setter'); Base.x.fset(self, v * 2)
c = Child(); c.x = 5; print(c.x)
class Child2(Base):
    @property
    def x(self): return super().x + 100
    @x.setter
    def x(self, v): super(Child2, type(self)).x.__set__(self, v)
c2 = Child2(); c2.x = 1; print(c2.x)
class Meta(type):
    @property
    def registry(cls): return f'registry of {cls.__name__}'
    def __getattr__(cls, name): return f'meta-getattr {name}'
    def __len__(cls): return 42
    def __iter__(cls): return iter('abc')
    def __getitem__(cls, k): return f'{cls.__name__}[{k}]'
    def __contains__(cls, x): return x == 'in'
    def __bool__(cls): return False
class M(metaclass=Meta): pass
print(M.registry, M.whatever, len(M), list(M), M[1], 'in' in M, bool(M), not M)
try: M().registry
except AttributeError as e: print(e)
class Tracker:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('delattr', name)
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name.startswith('secret'): raise AttributeError(name)
        return super().__getattribute__(name)
t = Tracker(); t.a = 1; t.b = t.a + 1; del t.a; print(t.b, hasattr(t, 'a'), hasattr(t, 'secret_x'), getattr(t, 'secret', 'dflt'))
class Lazy:
    def __init__(self): self.loaded = {}
    def __getattr__(self, name):
        if name.startswith('_'): raise AttributeError(name)
        print('loading', name)
        value = name.upper()
        setattr(self, name, value)
        return value
l = Lazy(); print(l.foo, l.foo, l.bar, sorted(vars(l)))
class Recursive:
    def __getattr__(self, name): return self.data[name]
try: Recursive().x
except RecursionError as e: print('RecursionError', str(e)[:40])
class Const:
    __slots__ = ()
    PI = 3.14
    def __setattr__(self, n, v): raise AttributeError(f"can't set {n}")
try: Const().PI = 3
except AttributeError as e: print(e)
class WithClassAttr:
    count = 0
    def __init__(self): type(self).count += 1; self.count_at_creation = self.count
a, b = WithClassAttr(), WithClassAttr(); print(a.count_at_creation, b.count_at_creation, WithClassAttr.count, a.count)
a.count = 99; print(a.count, b.count, WithClassAttr.count); del a.count; print(a.count)
class Desc:
    def __get__(self, obj, owner): return f'get via {owner.__name__}' if obj is None else f'get on instance of {type(obj).__name__}'
class Host:
    d = Desc()
class SubHost(Host): pass
print(Host.d, SubHost.d, SubHost().d, Host.__dict__['d'].__class__.__name__)
class Chain:
    def __init__(self, v=0): self.v = v
    def add(self, n): return Chain(self.v + n)
    def __repr__(self): return f'Chain({self.v})'
print(Chain().add(1).add(2).add(3))
