# vars(): instance and class namespaces, module namespace, and objects without __dict__
class C:
    cls_attr = 1
    def __init__(self): self.a, self.b = 1, 2
c = C()
v = vars(c)
v['added'] = 3
print(vars(c), c.added, v is c.__dict__)
print(type(vars(C)).__name__, 'cls_attr' in vars(C), '__init__' in vars(C))
import sys
print(vars(sys) is sys.__dict__, 'path' in vars(sys))
def f():
    local_x = 1
    return vars()
print(f(), vars() is globals())
class S:
    __slots__ = ('x',)
for bad in (S(), 5, 'str', [1]):
    try:
        vars(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    vars(c, c)
except TypeError as e:
    print('TypeError:', e)
