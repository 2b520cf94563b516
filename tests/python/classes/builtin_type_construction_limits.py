# Built-in types that cannot be subclassed or instantiated directly say so; NoneType, ellipsis and
# NotImplementedType return their singletons; a class __doc__ may be a descriptor; property subclasses keep the
# getter docstring in their instance dict and accept attributes.
for t in [bool, type(None), type(NotImplemented), type(...), range, slice, memoryview, type(lambda: 0), type(iter([])), type({}.keys()), type(len)]:
    try:
        class C(t): pass
        print("subclassed", t.__name__)
    except TypeError as e:
        print(e)
for t in [type({}.keys()), type({}.values()), type({}.items()), type(iter([])), type(iter({})), type(len), type(lambda: 0).__mro__[0], type(None), type(...), type(NotImplemented), type(range(1).__iter__()), type(reversed([]))]:
    try:
        print(t())
    except TypeError as e:
        print(e)
class A:
    @classmethod
    @property
    def __doc__(cls): return 'A doc for %r' % cls.__name__
print(A.__doc__)
class B:
    "plain"
print(B.__doc__, B().__doc__)
class PropertySub(property):
    """This is a subclass of property"""
class Foo:
    @PropertySub
    def spam(self):
        """spam wrapped in property subclass"""
        return 1
print(Foo.spam.__doc__, PropertySub.__doc__)
p = PropertySub(lambda self: 1, doc="given")
print(p.__doc__)
print(property(doc="x").__doc__, property(lambda s: 1).__doc__)
def g(self): "getter doc"
print(property(g).__doc__, property(g, doc="explicit").__doc__)
class PS2(property):
    __slots__ = ()
try:
    PS2(g)
except AttributeError as e:
    print("AttributeError", e)
class Tagged(property):
    pass
t = Tagged(g)
t.tag = "extra"
print(t.tag, sorted(vars(t)), t.__doc__)
for t in [type(None), type(...), type(NotImplemented)]:
    try:
        t(1)
    except TypeError as e:
        print(e)
