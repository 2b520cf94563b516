# the types of callables: functions, builtins, methods, classes, callable instances
class C:
    def m(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    def __call__(self): pass
def f(): pass
items = [f, lambda: 0, len, [].append, C, C().m, C.cm, C.sm, C(), print, str.upper]
for it in items:
    print(type(it).__name__, callable(it))
print(callable(C.m), callable(3), callable('str'), callable(None), callable(type))
