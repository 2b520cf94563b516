# classes with several bases, MRO and class decorators
class A:
    def who(self):
        return 'A'
    def hello(self):
        return 'hello from A'
class B(A):
    def who(self):
        return 'B>' + super().who()
class C(A):
    def who(self):
        return 'C>' + super().who()
class D(B, C):
    def who(self):
        return 'D>' + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__])
print(D().hello())
def add_repr(cls):
    def __repr__(self):
        return f'<{cls.__name__} {self.__dict__}>'
    cls.__repr__ = __repr__
    return cls
@add_repr
class Box:
    def __init__(self, v):
        self.v = v
print(Box(3))
class Counter:
    total = 0
    @staticmethod
    def static_add(a, b):
        return a + b
    @classmethod
    def make(cls):
        cls.total += 1
        return cls()
    @property
    def doubled(self):
        return Counter.total * 2
Counter.make(); Counter.make()
print(Counter.static_add(2, 3), Counter.total, Counter().doubled)
