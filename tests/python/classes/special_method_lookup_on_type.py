# implicit special method lookup goes to the type, not the instance
class C:
    def __len__(self): return 1
    def __repr__(self): return 'C-repr'
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: 'instance repr'
print(len(c), c.__len__(), repr(c), c.__repr__())
C.__len__ = lambda self: 5
print(len(c))
class D: pass
d = D()
d.__add__ = lambda o: 'inst add'
try:
    d + 1
except TypeError as e:
    print('TypeError:', e)
D.__add__ = lambda self, o: 'class add'
print(d + 1)
d.__call__ = lambda: 'inst call'
try:
    d()
except TypeError as e:
    print('TypeError:', e)
D.__call__ = lambda self: 'class call'
print(d())
del D.__add__
try:
    d + 1
except TypeError as e:
    print('TypeError:', e)
