class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

a = P(1, 2)
b = P(3, 4)
b.z = 5
print(vars(a), b.__dict__)
del b.x
print(b.__dict__, hasattr(b, "x"))
b.x = 9
print(b.__dict__)
a.__dict__["w"] = 7
print(a.w, a.__dict__)
c = P(5, 6)
c.__dict__ = {"q": 1}
print(c.q, hasattr(c, "x"))
try:
    del c.nothere
except AttributeError as e:
    print("AttributeError:", e)

class Q:
    pass
q = Q()
for i in range(60):
    setattr(q, f"a{i}", i)
print(len(vars(q)), q.a59, list(vars(q))[:3])

# a property added to the class later shadows the instance attribute
def make():
    return P(1, 2)
ps = [make() for _ in range(3)]
total = 0
for p in ps:
    total += p.x
print(total)
P.x = property(lambda self: 100)
try:
    print([p.x for p in ps])
except Exception as e:
    print(type(e).__name__, e)

class R:
    def __init__(self): self.v = 1
class S:
    def __init__(self): self.v = 2; self.w = 3
r = R()
r.__class__ = S
print(r.v, vars(r))
r.w = 4
print(vars(r))

# methods shadowed by instance attributes
class M:
    def f(self): return "method"
m = M()
out = []
for i in range(3):
    out.append(m.f())
    if i == 1:
        m.f = lambda: "instance"
print(out)

# different attribute orders
class O:
    pass
def mk(order):
    o = O()
    for n in order:
        setattr(o, n, n.upper())
    return o
objs = [mk("abc"), mk("cba"), mk("bca"), mk("ab"), mk("abcd"), mk("dcba")]
for _ in range(3):
    print([o.a + o.b for o in objs], [list(vars(o)) for o in objs[:2]])
