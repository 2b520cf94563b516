# __new__ as an explicit staticmethod or classmethod binds as the class attribute would; __new__ may return
# another class's instance; a descriptor with only __set__ does not hide the instance dict.
class C(object):
    @staticmethod
    def __new__(*args):
        return args
print(C(1, 2))
class D(C):
    pass
print(D(1, 2))
class E(object):
    @classmethod
    def __new__(*args):
        return args
print(E(1, 2))
class F(E):
    pass
print(F(1, 2))
class Descr(object):
    def __init__(self, name):
        self.name = name
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value
descr = Descr("a")
class X(object):
    a = descr
x = X()
print(x.a is descr)
x.a = 42
print(x.a)
class Meta(type):
    pass
class Y(metaclass=Meta):
    pass
Y.a = 42
Meta.a = Descr("a")
print(Y.a)
class G:
    def __new__(cls, arg):
        if isinstance(arg, str): return [1, 2, 3]
        elif isinstance(arg, int): return object.__new__(H)
        else: return object.__new__(cls)
class H(G):
    def __init__(self, arg):
        self.foo = arg
print(G("1"), H("1"), H(None).foo, type(G(1)).__name__, G(1).foo, H(1).foo)
