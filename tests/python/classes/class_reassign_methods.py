# classes are mutable: methods added or replaced later affect existing instances
class Greeter:
    def hello(self): return 'hello'
g = Greeter()
print(g.hello())
Greeter.hello = lambda self: 'hi there'
print(g.hello())
Greeter.bye = lambda self, who='you': f'bye {who}'
print(g.bye(), g.bye('bob'))
del Greeter.bye
print(hasattr(g, 'bye'))
class Base:
    def who(self): return 'base'
class Derived(Base): pass
d = Derived()
print(d.who())
Base.who = lambda self: 'patched base'
print(d.who())
Derived.who = lambda self: 'derived now'
print(d.who(), Base().who())
setattr(Derived, 'dyn', property(lambda self: 'dyn prop'))
print(d.dyn)
try:
    del Derived.nothing
except AttributeError as e:
    print('AttributeError:', e)
try:
    setattr(int, 'x', 1)
except TypeError as e:
    print('TypeError:', e)
