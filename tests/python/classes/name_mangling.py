# private names __x are mangled to _Class__x inside the class body
class A:
    __secret = 'A-secret'
    def __init__(self):
        self.__hidden = 1
    def get(self):
        return self.__secret, self.__hidden
    def __private(self):
        return 'private method'
    def call(self):
        return self.__private()
class B(A):
    __secret = 'B-secret'
    def get_b(self):
        return self.__secret
a, b = A(), B()
print(a.get(), b.get(), b.get_b())
print(sorted(k for k in vars(b)), a._A__secret, B._B__secret)
try:
    a.__secret
except AttributeError as e:
    print('AttributeError:', e)
print(a.call(), hasattr(a, '__private'), hasattr(a, '_A__private'))
class C:
    def f(self):
        return getattr(self, '__x', 'getattr not mangled')
    __dunder__ = 'not mangled'
print(C().f(), C.__dunder__)
class _Under:
    def m(self):
        self.__v = 1
        return sorted(vars(self))
print(_Under().m())
