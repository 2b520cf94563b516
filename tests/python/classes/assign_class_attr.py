# instances can change __class__; __dict__ can be replaced
class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
o = A()
o.x = 1
print(o.who())
o.__class__ = B
print(o.who(), type(o).__name__, o.x, isinstance(o, B))
o.__dict__ = {'y': 2}
print(vars(o), hasattr(o, 'x'))
try:
    o.__class__ = int
except TypeError as e:
    print('TypeError:', e)
try:
    o.__dict__ = 5
except TypeError as e:
    print('TypeError:', e)
