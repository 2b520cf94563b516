# properties are inherited, overridden, and extended with .setter in subclasses
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
class Sub(Base):
    @Base.v.setter
    def v(self, value):
        self._v = value * 10
s = Sub()
s.v = 4
print(s.v)
b = Base()
try:
    b.v = 3
except AttributeError as e:
    print('AttributeError:', e)
class Over(Base):
    @property
    def v(self):
        return 'over ' + str(super().v)
print(Over().v)
print(Base.v is Sub.v, isinstance(Sub.v, property))
class P:
    def getx(self): return 'x!'
    x = property(getx)
    y = property()
print(P().x)
try:
    P().y
except AttributeError as e:
    print('AttributeError:', e)
