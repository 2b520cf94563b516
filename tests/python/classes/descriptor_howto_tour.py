# Descriptor HowTo style: validators, __set_name__, pure-Python property, functions/methods, static/class methods, slots.
class Ten:
    def __get__(self, obj, objtype=None): return 10
class A:
    x = 5
    y = Ten()
a = A(); print(a.x, a.y, A.y, 'y' in vars(a))
class DirectorySize:
    def __get__(self, obj, objtype=None): return len(obj.files)
class Directory:
    size = DirectorySize()
    def __init__(self, files): self.files = files
print(Directory(['a', 'b']).size)
class Validator:
    def __set_name__(self, owner, name): self.private_name = '_' + name
    def __get__(self, obj, objtype=None): return getattr(obj, self.private_name)
    def __set__(self, obj, value):
        self.validate(value)
        setattr(obj, self.private_name, value)
class OneOf(Validator):
    def __init__(self, *options): self.options = set(options)
    def validate(self, value):
        if value not in self.options: raise ValueError(f'Expected {value!r} to be one of {sorted(self.options)!r}')
class Number(Validator):
    def __init__(self, minvalue=None, maxvalue=None): self.minvalue = minvalue; self.maxvalue = maxvalue
    def validate(self, value):
        if not isinstance(value, (int, float)): raise TypeError(f'Expected {value!r} to be an int or float')
        if self.minvalue is not None and value < self.minvalue: raise ValueError(f'Expected {value!r} to be at least {self.minvalue!r}')
class String(Validator):
    def __init__(self, minsize=None, predicate=None): self.minsize = minsize; self.predicate = predicate
    def validate(self, value):
        if not isinstance(value, str): raise TypeError(f'Expected {value!r} to be an str')
        if self.minsize is not None and len(value) < self.minsize: raise ValueError(f'Expected {value!r} to be no smaller than {self.minsize!r}')
        if self.predicate is not None and not self.predicate(value): raise ValueError(f'Expected {self.predicate} to be true for {value!r}')
class Component:
    name = String(minsize=3, predicate=str.isupper)
    kind = OneOf('wood', 'metal', 'plastic')
    quantity = Number(minvalue=0)
    def __init__(self, name, kind, quantity): self.name = name; self.kind = kind; self.quantity = quantity
for args in [('Widget', 'metal', 5), ('WIDGET', 'metle', 5), ('WIDGET', 'metal', -5), ('WIDGET', 'metal', 'V'), ('WI', 'metal', 1)]:
    try:
        c = Component(*args); print('ok', vars(c))
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
class Property:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget; self.fset = fset; self.fdel = fdel
        if doc is None and fget is not None: doc = fget.__doc__
        self.__doc__ = doc; self._name = ''
    def __set_name__(self, owner, name): self._name = name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        if self.fget is None: raise AttributeError(f'property {self._name!r} has no getter')
        return self.fget(obj)
    def __set__(self, obj, value):
        if self.fset is None: raise AttributeError(f'property {self._name!r} has no setter')
        self.fset(obj, value)
    def setter(self, fset):
        prop = type(self)(self.fget, fset, self.fdel, self.__doc__); prop._name = self._name; return prop
class C:
    def __init__(self): self._v = 1
    @Property
    def v(self):
        "doc of v"
        return self._v
    @v.setter
    def v(self, val): self._v = val
c = C(); c.v = 42; print(c.v, C.v.__doc__, C.v._name)
class Function:
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return ('bound', obj)
class D:
    f = Function()
print(D.f.__class__.__name__, D().f[0])
class D2:
    def f(self, x): return x
d = D2()
print(D2.__dict__['f'].__get__(d, D2)(3), D2.__dict__['f'].__get__(None, D2) is D2.__dict__['f'], d.f.__func__ is D2.f)
class E:
    @staticmethod
    def f(x): return x * 10
    @classmethod
    def g(cls, x): return (cls.__name__, x)
print(E.f(3), E().f(4), E.__dict__['f'].__func__(5), E.g(1), E().g(2), E.__dict__['g'].__get__(None, E)(3), type(E.__dict__['f']).__name__)
print(E.f.__name__, E.__dict__['f'].__wrapped__ is E.f, E.__dict__['g'].__wrapped__.__name__)
sm = staticmethod(len); print(sm('ab'), callable(sm))
class CM:
    @classmethod
    @property
    def cprop(cls): return f'class prop of {cls.__name__}'
print(CM.cprop)
class Slots:
    __slots__ = ('a', '__dict__')
    def __init__(self): self.a = 1; self.b = 2
s = Slots(); print(s.a, s.b, vars(s), type(Slots.a).__name__, Slots.a.__name__, Slots.a.__objclass__.__name__)
class S2:
    __slots__ = 'single'
print(S2.__slots__, hasattr(S2(), '__dict__'))
class S3(S2):
    pass
s3 = S3(); s3.anything = 1; print(s3.anything)
try:
    class S4:
        __slots__ = ('x',)
        x = 5
except ValueError as e: print(e)
class DataDesc:
    def __get__(self, o, t): return 'data'
    def __set__(self, o, v): print('set', v)
class Inst:
    d = DataDesc()
i = Inst(); i.__dict__['d'] = 'instance'; print(i.d); i.d = 5
class NonData:
    def __get__(self, o, t): return 'nondata'
class Inst2:
    d = NonData()
i2 = Inst2(); print(i2.d); i2.__dict__['d'] = 'instance'; print(i2.d)
def objget(obj, name):
    null = object()
    objtype = type(obj)
    cls_var = getattr(objtype, name, null)
    descr_get = getattr(type(cls_var), '__get__', null)
    if descr_get is not null:
        if hasattr(type(cls_var), '__set__') or hasattr(type(cls_var), '__delete__'):
            return descr_get(cls_var, obj, objtype)
    if hasattr(obj, '__dict__') and name in vars(obj): return vars(obj)[name]
    if descr_get is not null: return descr_get(cls_var, obj, objtype)
    if cls_var is not null: return cls_var
    raise AttributeError(name)
print(objget(i, 'd'), objget(i2, 'd'))
print(repr(property())[:17], type(int.real).__name__, type(str.upper).__name__, type(''.upper).__name__, type(object.__init__).__name__)
p = property(lambda s: 1); print(p.fget is not None, p.fset, p.__isabstractmethod__ if hasattr(p, '__isabstractmethod__') else 'no')
class Q:
    x = property(doc='just doc')
print(Q.x.__doc__)
try: Q().x
except AttributeError as e: print(e)
try: Q().x = 1
except AttributeError as e: print(e)
try: del Q().x
except AttributeError as e: print(e)
class R:
    @property
    def name(self): raise AttributeError('inner missing')
    def __getattr__(self, n): return 'getattr ' + n
print(R().name)
print(c.v, Slots.__dict__['a'].__get__(s), vars(C)['v'].__get__(None, C) is vars(C)['v'])
Q().x
