# Python tutorial ch. 9 style: scopes, class/instance variables, name mangling, MRO and super, properties, comparisons.
def scope_test():
    def do_local(): spam = "local spam"
    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"
    def do_global():
        global spam
        spam = "global spam"
    spam = "test spam"
    do_local(); print("After local assignment:", spam)
    do_nonlocal(); print("After nonlocal assignment:", spam)
    do_global(); print("After global assignment:", spam)
scope_test()
print("In global scope:", spam)
class MyClass:
    """A simple example class"""
    i = 12345
    def f(self): return 'hello world'
x = MyClass()
print(MyClass.i, MyClass.f(x), x.f(), MyClass.__doc__, type(MyClass.f).__name__, type(x.f).__name__, x.f.__self__ is x, x.f.__func__ is MyClass.f)
class Dog:
    kind = 'canine'
    tricks = []
    def __init__(self, name):
        self.name = name
    def add_trick(self, trick):
        self.tricks.append(trick)
d = Dog('Fido'); e = Dog('Buddy')
d.add_trick('roll over'); e.add_trick('play dead')
print(d.kind, e.kind, d.name, e.name, d.tricks)
class Warehouse:
    purpose = 'storage'
    region = 'west'
w1 = Warehouse(); print(w1.purpose, w1.region)
w2 = Warehouse(); w2.region = 'east'; print(w2.purpose, w2.region)
class Mapping:
    def __init__(self, iterable):
        self.items_list = []
        self.__update(iterable)
    def update(self, iterable):
        for item in iterable: self.items_list.append(item)
    __update = update
class MappingSubclass(Mapping):
    def update(self, keys, values):
        for item in zip(keys, values): self.items_list.append(item)
m = MappingSubclass([1, 2]); m.update('ab', 'cd'); print(m.items_list, sorted(k for k in vars(Mapping) if 'update' in k))
class Mangle:
    __x = 1
    def get(self): return self.__x, __class__.__name__
    def __dunder__(self): return 'not mangled'
print(Mangle().get(), Mangle._Mangle__x, Mangle().__dunder__())
try: Mangle().__x
except AttributeError as e: print(e)
class _Under:
    __y = 2
    def g(self): return self.__y
print(_Under().g(), _Under._Under__y)
class Employee: pass
john = Employee(); john.name = 'John Doe'; john.dept = 'computer lab'; john.salary = 1000
print(vars(john))
class B(Exception): pass
class C(B): pass
class D(C): pass
for cls in [B, C, D]:
    try: raise cls()
    except D: print("D")
    except C: print("C")
    except B: print("B")
for cls in [B, C, D]:
    try: raise cls()
    except B: print("B")
    except C: print("C")
    except D: print("D")
class Base:
    def __init__(self): print('Base init'); super().__init__()
    def who(self): return 'Base'
class Left(Base):
    def __init__(self): print('Left init'); super().__init__()
    def who(self): return 'Left>' + super().who()
class Right(Base):
    def __init__(self): print('Right init'); super().__init__()
    def who(self): return 'Right>' + super().who()
class Bottom(Left, Right):
    def __init__(self): print('Bottom init'); super().__init__()
    def who(self): return 'Bottom>' + super().who()
b = Bottom(); print(b.who(), [c.__name__ for c in Bottom.__mro__], super(Left, b).who(), super(Bottom, Bottom).who(b))
try:
    class Bad(Left, Base, Right): pass
except TypeError as e: print(e)
try:
    class Bad2(Base, Base): pass
except TypeError as e: print(e)
print(isinstance(b, Base), issubclass(Bottom, (int, Left)), issubclass(bool, int), Bottom.__bases__, Base.__subclasses__())
class Prop:
    def __init__(self): self._x = 0
    @property
    def x(self):
        """The x property."""
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError('negative')
        self._x = v
    @x.deleter
    def x(self): print('deleting'); del self._x
    @property
    def ro(self): return 'read only'
p = Prop(); p.x = 5; print(p.x, Prop.x.__doc__); del p.x
try: p.ro = 1
except AttributeError as e: print(e)
try: del p.ro
except AttributeError as e: print(e)
try: p.x = -1
except ValueError as e: print(e)
class CS:
    count = 0
    @classmethod
    def make(cls): cls.count += 1; return cls
    @staticmethod
    def util(a, b): return a + b
class CS2(CS): pass
print(CS.make(), CS2.make(), CS.count, CS2.count, CS.util(1, 2), CS().util(3, 4), CS.make.__self__)
class Rep:
    def __repr__(self): return 'Rep()'
    def __str__(self): return 'a Rep'
    def __format__(self, spec): return f'Rep formatted with {spec!r}'
r = Rep(); print(r, repr(r), str(r), [r], f'{r}', f'{r:abc}', f'{r!r}', format(r, 'x'), '{0} {0!r} {0:zz}'.format(r))
class NoStr: pass
ns = NoStr(); print(str(ns) == repr(ns), format(ns, '') == str(ns))
try: format(NoStr(), 'x')
except TypeError as e: print(e)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) == 1)
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print('lt called'); return self.v < o.v
    def __gt__(self, o): print('gt called'); return self.v > o.v
print(Ordered(1) < Ordered(2), Ordered(1) > Ordered(2))
class Rev(Ordered):
    def __gt__(self, o): print('Rev gt'); return True
print(Ordered(1) < Rev(2))
try: Ordered(1) <= Ordered(2)
except TypeError as e: print(e)
print(MyClass.__name__, MyClass.__qualname__, MyClass.__module__, MyClass.__dict__['i'], '__weakref__' in MyClass.__dict__, MyClass.__base__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, repr(Outer.Inner)[:22])
x = Dog('Rex'); x.__class__ = Employee; print(type(x).__name__)
print(object.__new__(Dog).__dict__, Dog.__init__ is not object.__init__)
del Dog.kind
Dog('x').kind
