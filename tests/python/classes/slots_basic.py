# __slots__: no __dict__, undeclared attributes rejected, slot descriptors on the class
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError:', e)
try:
    print(p.y)
except AttributeError as e:
    print('AttributeError:', e)
p.y = 2
print(p.x, p.y)
del p.y
print(hasattr(p, 'y'), hasattr(p, '__dict__'))
print(type(P.x).__name__, P.__slots__)
class Q(P):
    pass
q = Q(5)
q.anything = 'ok'
print(q.anything, q.__dict__)
class R(P):
    __slots__ = ('z',)
r = R(1)
r.z = 9
print(r.x, r.z, hasattr(r, '__dict__'))
class S:
    __slots__ = 'single'
s = S()
s.single = 's'
print(s.single, S.__slots__)
