# Creating classes from built-in types: instance layouts, __slots__, __new__ checks, metaclass namespaces
def attempt(make):
    try:
        print(make())
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
class L(list): pass
class D(dict): pass
attempt(lambda: type('X', (int, str), {}))
attempt(lambda: type('X', (L, D), {}))
attempt(lambda: type('X', (L, dict), {}))
attempt(lambda: type('X', (Exception, int), {}))
attempt(lambda: type('X', (L, list), {}).__mro__)
attempt(lambda: type('X', (object, L), {}).__base__)
class Q:
    __slots__ = ('a',)
class R:
    __slots__ = ('b',)
class Plain: pass
attempt(lambda: type('X', (Q, R), {}))
class Mixed(Plain, Q): pass
m = Mixed()
m.a = 1
m.other = 2
print(Mixed.__base__.__name__, m.a, m.other)
class I(int): pass
for base in (int, I, bytes, tuple, str, float, list):
    attempt(lambda: type('S', (base,), {'__slots__': ('v',)}).__name__)
attempt(lambda: type('S', (int,), {'__slots__': ()})(5))
class Slotted(list):
    __slots__ = ('tag',)
s = Slotted([1])
s.tag = 't'
print(s, s.tag, hasattr(s, '__dict__'))
attempt(lambda: setattr(s, 'other', 1))
# built-in __new__ checks the class it is given
attempt(lambda: list.__new__(5))
attempt(lambda: list.__new__(int))
attempt(lambda: int.__new__(L))
attempt(lambda: type(object.__new__(Q)).__name__)
attempt(lambda: object.__new__(L))
class Own(list):
    def __new__(cls, *args):
        return object.__new__(cls)
attempt(lambda: Own())
attempt(lambda: object.__new__(int))
# only classes whose base lacks them get their own __dict__ and __weakref__ descriptors
class Sub(Plain): pass
class Meta(type): pass
for k in (Plain, Sub, L, Meta):
    print(k.__name__, '__dict__' in k.__dict__, '__weakref__' in k.__dict__)
class WithMeta(metaclass=Meta):
    x = 1
print(type(WithMeta.__dict__).__name__, WithMeta.__dict__['x'])
# __prepare__ may return any mapping; a non-mapping is refused
class Names(dict):
    def __missing__(self, key):
        return 'missing:' + key
class Lenient(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Names()
    def __new__(mcls, name, bases, ns):
        print('namespace', type(ns).__name__)
        return super().__new__(mcls, name, bases, ns)
class Body(metaclass=Lenient):
    v = undefined_name
print(Body.v)
class Bad(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class C(metaclass=Bad):
        pass
except TypeError as e:
    print('TypeError:', e)
# a function is not a class: using one as a base calls function(name, bases, namespace)
def f():
    return 'f'
try:
    class Z(f):
        pass
except TypeError as e:
    print('TypeError:', e)
FunctionType = type(f)
print(FunctionType(f.__code__, {}, 'g')(), FunctionType(f.__code__, {}).__name__)
attempt(lambda: FunctionType(f.__code__, {}, 'g', [1]))
