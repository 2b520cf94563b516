# dir() of modules whose __dict__ is not a dict and of tracebacks; hash() results that are int subclasses or bools.
import sys
ModuleType = type(sys)
class Foo(ModuleType):
    __dict__ = 8
f = Foo("foo")
try: print(dir(f))
except TypeError as e: print(e)
class Foo(object):
    __slots__ = ["__class__", "__dict__"]
    def __init__(self):
        self.bar = "wow"
f = Foo()
print(dir(f))
class Foo(object):
    def __dir__(self):
        return 7
try: dir(Foo())
except TypeError as e: print(e)
try:
    raise IndexError
except IndexError as e:
    print(dir(e.__traceback__))
print(sorted([].__dir__()) == dir([]))
class X:
    def __hash__(self):
        return 2**100
print(type(hash(X())), hash(X()))
class Z(int):
    def __hash__(self):
        return self
print(hash(Z(42)))
class Y:
    def __hash__(self): return True
print(hash(Y()))
class W:
    def __hash__(self): return Z(5)
print(hash(W()))
