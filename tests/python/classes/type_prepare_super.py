# type.__prepare__ exists (returning a fresh dict), so a metaclass __prepare__ can build on super().__prepare__().
print(type.__prepare__(), type.__prepare__("N", (), extra=1), type(type.__prepare__("x", ())))
class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)
class M(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        print("prepared", type(ns).__name__, kw)
        ld = LoggingDict(ns)
        ld["hello"] = "world"
        return ld
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=M, flag=True):
    x = 1
    print(hello)
    def f(self): return 2
print(C.hello, C.x, C().f())
print("__prepare__" in dir(type), "__prepare__" in vars(type))
