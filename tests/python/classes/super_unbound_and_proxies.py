# super(cls) alone is an unbound descriptor that binds through instance access (the autosuper recipe); super
# objects expose __thisclass__/__self__/__self_class__; super(type, proxy) accepts a proxy claiming the class.
class autosuper(type):
    def __new__(metaclass, name, bases, dict):
        cls = super(autosuper, metaclass).__new__(metaclass, name, bases, dict)
        while name[:1] == "_":
            name = name[1:]
        name = "_%s__super" % name if name else "__super"
        setattr(cls, name, super(cls))
        return cls
class A(metaclass=autosuper):
    def meth(self):
        return "A"
class B(A):
    def meth(self):
        return "B" + self.__super.meth()
class C(A):
    def meth(self):
        return "C" + self.__super.meth()
class D(C, B):
    def meth(self):
        return "D" + self.__super.meth()
print(D().meth(), B().meth())
s = super(B)
print(s, s.__thisclass__, s.__self__, s.__self_class__, super(B, None))
bs = super(B, B())
print(bs.__thisclass__.__name__, type(bs.__self__).__name__, bs.__self_class__.__name__, bs.__class__)
print(super(B).__get__(D(), D).meth(), super(B).__get__(None, D) is not None)
class Proxy:
    def __init__(self, obj): self.__obj = obj
    def __getattribute__(self, name):
        if name.startswith("_Proxy__"):
            return object.__getattribute__(self, name)
        return getattr(self.__obj, name)
class E:
    def f(self): return "E.f"
class F(E):
    def f(self):
        return super(F, Proxy(self)).f() + " via proxy"
print(F().f())
try:
    super(B, 5)
except TypeError as e:
    print(e)
try:
    super(B).meth
except AttributeError as e:
    print(e)
print(repr(super(int, 5)))
