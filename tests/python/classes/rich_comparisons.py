# rich comparison methods and reflection (__lt__ <-> __gt__, __le__ <-> __ge__)
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'V({self.v})'
    def __eq__(self, o):
        print('eq', self.v, getattr(o, 'v', o))
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        print('lt', self.v, getattr(o, 'v', o))
        return self.v < (o.v if isinstance(o, V) else o)
    def __gt__(self, o):
        print('gt', self.v, getattr(o, 'v', o))
        return self.v > (o.v if isinstance(o, V) else o)
print(V(1) < V(2))
print(V(1) > V(2))
print(3 < V(2))
print(3 > V(2))
print(V(1) == V(1))
print(V(1) != V(2))
print(1 == V(1))
try:
    V(1) <= V(2)
except TypeError as e:
    print('TypeError:', e)
print(sorted([V(3), V(1)], key=lambda x: x.v))
class NoEq: pass
print(NoEq() == 5, 5 != NoEq())
