# dir() with and without arguments
def f(a, b=1):
    c = 3
    return dir()
print(f(0))
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self): self.inst_attr = 3
names = [n for n in dir(Child()) if not n.startswith('__')]
print(names, dir(Child()) == sorted(dir(Child())))
print([n for n in dir(Child) if not n.startswith('__')])
print('append' in dir([]), 'keys' in dir({}), 'upper' in dir(''), '__add__' in dir(1), 'real' in dir(1.0))
print(sorted(n for n in dir(int) if not n.startswith('_'))[:6])
class Custom:
    def __dir__(self): return ('b', 'a', 'c')
print(dir(Custom()))
try:
    dir(1, 2)
except TypeError as e:
    print('TypeError:', e)
