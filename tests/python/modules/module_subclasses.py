# Subclasses of the module type: their hooks run for attribute access, and a module's __class__ may be set to
# one (the lazy-module recipe). module(name, doc) is made by __new__ and filled by __init__.
import sys
MT = type(sys)
log = []
class MM(MT):
    def __init__(self, name):
        MT.__init__(self, name)
        self.extra = 1
    def __getattribute__(self, name):
        log.append(("getattr", name))
        return MT.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append(("setattr", name, value))
        MT.__setattr__(self, name, value)
    def __delattr__(self, name):
        log.append(("delattr", name))
        MT.__delattr__(self, name)
a = MM("a")
a.foo = 12
x = a.foo
del a.foo
print(log, type(a).__name__, a.__name__, isinstance(a, MT))
class Lazy(MT):
    def __getattr__(self, name):
        return "lazy " + name
m = MT("plain")
m.__class__ = Lazy
print(m.anything, type(m).__name__, m.__name__)
print(repr(MT("x")), MT("y", "doc").__doc__)
try:
    class Bad(MT, str): pass
except TypeError as e:
    print(e)
