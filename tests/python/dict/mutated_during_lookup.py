# A key whose __eq__ changes the dict being searched or merged: lookups start again, update() notices the
# source changing, and setdefault hashes its key once.
class X:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        other.clear()
        return False
l = [(i, 0) for i in range(1, 1337)]
other = dict(l)
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
    print("no error", len(d))
except RuntimeError as e:
    print("RuntimeError", e)
class Hashed(object):
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)
hashed1 = Hashed()
y = {hashed1: 5}
hashed2 = Hashed()
y.setdefault(hashed2, [])
print(hashed1.hash_count, hashed2.hash_count, hashed1.eq_count + hashed2.eq_count)
h3 = Hashed()
y[h3] = 1
print(h3.hash_count, h3 in y, h3.hash_count, y.get(h3), h3.hash_count, y.pop(h3), h3.hash_count)
class Grow:
    def __hash__(self): return 1
    def __eq__(self, o):
        for i in range(100):
            big[i + 1000] = i
        return False
big = {Grow(): 1}
print(Grow() in big, len(big))
big2 = {Grow(): 1}
big = big2
try:
    del big2[Grow()]
except KeyError:
    print("KeyError")
print(len(big2))
