# decorators applied to methods, combined with classmethod, staticmethod and property
def trace(fn):
    def wrapper(*args, **kwargs):
        print('trace', fn.__name__, len(args))
        return fn(*args, **kwargs)
    return wrapper
class C:
    factor = 3
    @trace
    def method(self, x):
        return x * self.factor
    @classmethod
    @trace
    def cm(cls, x):
        return cls.__name__ + str(x)
    @staticmethod
    @trace
    def sm(x):
        return -x
    @property
    @trace
    def prop(self):
        return 'prop value'
c = C()
print(c.method(2))
print(C.cm(1), c.cm(2))
print(C.sm(5), c.sm(6))
print(c.prop)
try:
    class D:
        @trace
        @classmethod
        def bad(cls):
            return 'classmethod object called'
    print(D.bad())
except TypeError as e:
    print('TypeError:', e)
