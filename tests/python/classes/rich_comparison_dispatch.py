# Which rich comparison methods run, reflected ones included, and hashing of classes defining __eq__.
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print(f"  {self.v}.__eq__({getattr(o, 'v', o)})")
        return self.v == o.v if isinstance(o, V) else NotImplemented
    def __lt__(self, o):
        print(f"  {self.v}.__lt__({getattr(o, 'v', o)})")
        return self.v < o.v if isinstance(o, V) else NotImplemented
    def __repr__(self): return f"V({self.v})"
class W(V):
    def __gt__(self, o):
        print(f"  W{self.v}.__gt__({getattr(o, 'v', o)})")
        return NotImplemented
a, b, w = V(1), V(2), W(3)
for expr in ["a == b", "a != b", "a < b", "a > b", "b > a", "a <= b", "a == 1", "1 == a", "a != 1", "a < w", "w > a", "a in [b, a]", "a in {b}", "[a] == [V(1)]", "(a, 1) < (a, 2)", "sorted([b, a, w])", "max(a, b)", "a == None", "None != a"]:
    print(expr)
    try:
        print("  =>", eval(expr))
    except TypeError as e:
        print("  TypeError:", e)
class H:
    def __init__(self, k): self.k = k
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, H) and self.k == o.k
    def __repr__(self): return f"H({self.k})"
s = {H(1), H(2), H(1), H(3)}
print(len(s), sorted(s, key=lambda h: h.k), H(2) in s, {H(1): "a", H(1): "b"})
class NoHash:
    def __eq__(self, o): return True
try:
    {NoHash()}
except TypeError as e:
    print(e)
print(NoHash.__hash__, NoHash() == 5, NoHash() != 5)
class Inherit(NoHash):
    __hash__ = object.__hash__
print(type(hash(Inherit())).__name__)
class NeOnly:
    def __ne__(self, o): return "custom ne"
print(NeOnly() != 1, NeOnly() == 1)
