# __new__ and __init__ interplay
class A:
    def __new__(cls, *args):
        print('A.__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print('A.__init__', args)
        self.args = args
a = A(1, 2)
print(a.args)
class Other:
    pass
class B:
    def __new__(cls):
        print('B.__new__ returns Other')
        return Other()
    def __init__(self):
        print('never printed')
b = B()
print(type(b).__name__)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print('init runs each time')
print(Singleton() is Singleton())
class Sub(A):
    pass
s = Sub('x')
print(type(s).__name__)
try:
    object.__new__(A, 1)
    print('object.__new__ with args ok when __new__ overridden')
except TypeError as e:
    print('TypeError:', e)
try:
    class Plain: pass
    Plain(1)
except TypeError as e:
    print('TypeError:', e)
