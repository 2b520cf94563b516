# Objects with __del__ that the program drops are finalized when they are dropped, in the order CPython's
# reference counting releases them: a list or tuple from its end, a dict from its start, an object before
# the objects it holds; an object __del__ resurrects is not finalized again.
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

lst = [R(1), R(2), R(3)]
lst = None
print("after list")
t = (R("t1"), R("t2"))
del t
print("after tuple")
d = {"a": R("a"), "b": R("b")}
del d
print("after dict")

class Holder:
    def __init__(self, *parts):
        self.parts = list(parts)
        self.first = parts[0]
    def __del__(self):
        print("del holder of", len(self.parts))

h = Holder(R("p1"), R("p2"))
del h
print("after holder")

saved = []
class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)

p = Phoenix()
del p
print("saved", len(saved))
saved.clear()
print("cleared")

def make():
    return R("returned")

x = make()
print("got", x.n)
x = 5
print("end")
