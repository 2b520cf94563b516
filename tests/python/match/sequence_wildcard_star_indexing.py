# A sequence pattern with a wildcard star indexes only the items it needs (so huge ranges match without being
# unpacked); __match_args__ naming an attribute twice is an error.
w = range(1 << 30)
match w:
    case x, y, *_:
        z = 0
print(x, y, z)
match w:
    case [first, *_, last]:
        print(first, last)
match range(1 << 40):
    case [0, _, 2, *_, _, last]:
        print("huge", last)
class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        print("get", i)
        if not 0 <= i < self.n: raise IndexError(i)
        return i * 10

s = Seq(5)
match s:
    case [a, *_, b]:
        print("seq", a, b)
match s:
    case [a, *rest]:
        print("rest", a, rest)
match [1, 2, 3]:
    case [_, *_, _, _, _]:
        print("no")
    case [_, *_, 3]:
        print("three at end")
match (1, 2):
    case (1, *_):
        print("tuple head")
class Twice:
    __match_args__ = ("a", "a")
    a = None
try:
    match Twice():
        case Twice(y, z):
            print("matched")
except TypeError as e:
    print("TypeError:", e)
