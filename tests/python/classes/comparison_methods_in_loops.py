# Comparisons of instances whose classes define __lt__/__eq__ in Python, in loops (where the interpreter caches
# the method per pair of operand types): NotImplemented falling back to the reflected method or to identity,
# subclasses, other operand types at the same site, results that are not bools, and classes changed meanwhile.
class Card:
    def __init__(self, rank):
        self.rank = rank

    def __lt__(self, other):
        if isinstance(other, Card):
            return self.rank < other.rank
        if isinstance(other, int):
            return self.rank < other
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Card):
            return self.rank == other.rank
        return NotImplemented

    def __gt__(self, other):
        return "gt:" + type(other).__name__

    def __repr__(self):
        return f"Card({self.rank})"


class Joker(Card):
    def __gt__(self, other):
        return "Joker.__gt__ first"


def compare_all(pairs):
    return [(a < b, a == b) for a, b in pairs]


c1, c2, j = Card(1), Card(2), Joker(9)
print(compare_all([(c1, c2), (c2, c1), (c1, Card(1)), (c1, 5), (c1, j)]))
for i in range(3):
    print(compare_all([(Card(i), Card(1))] * 2))
print(c1 == "x", c1 != "x", c1 == c1)
try:
    print(c1 < "x")
except TypeError as e:
    print("TypeError:", e)
print(sorted([Card(3), Card(1), Card(2)]), max([Card(5), Card(7)], key=lambda c: c))


class Vec:
    def __init__(self, x):
        self.x = x

    def __lt__(self, other):
        return [self.x, other.x]


print([Vec(1) < Vec(2) for _ in range(3)])
Card.__lt__ = lambda self, other: "patched"
print(compare_all([(c1, c2)] * 2))
