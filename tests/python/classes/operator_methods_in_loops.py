# Operators on instances of classes with Python special methods, run in loops (where the interpreter caches the
# method per pair of operand types): NotImplemented, reflected methods, subclasses, in-place methods, other right
# operand types at the same site, and classes changed while the loop runs.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, (int, float)):
            return V(self.x + other)
        return NotImplemented

    def __radd__(self, other):
        return V(other * 100 + self.x)

    def __mul__(self, k):
        return V(self.x * k) if isinstance(k, int) else NotImplemented

    def __repr__(self):
        return f"V({self.x})"


class W(V):
    def __radd__(self, other):
        return "W.__radd__ first"


class Other:
    def __radd__(self, other):
        return "Other.__radd__"


def add_all(pairs):
    return [a + b for a, b in pairs]


v, w = V(1), W(2)
print(add_all([(v, v), (v, 3), (v, 2.5), (v, w), (5, v), (v, Other())]))
for i in range(3):
    print(add_all([(V(i), V(10))] * 3))
try:
    add_all([(v, "s")])
except TypeError as e:
    print("TypeError:", e)
try:
    print(v * 2, v * 3)
    print(v * 1.5)
except TypeError as e:
    print("TypeError:", e)


class Acc:
    def __init__(self):
        self.items = []

    def __add__(self, other):
        return "plain add"

    def __iadd__(self, other):
        self.items.append(other)
        return self


a = Acc()
for i in range(4):
    a += i
print(a.items, Acc() + 1)


def total(xs):
    t = V(0)
    for x in xs:
        t = t + x
    return t


print(total([V(1), V(2), 3]))
V.__add__ = lambda self, other: V(-1)
print(total([V(1), V(2)]))


class Counter:
    calls = 0

    def __sub__(self, other):
        Counter.calls += 1
        return NotImplemented


class Rhs:
    def __rsub__(self, other):
        return "Rhs.__rsub__"


c = Counter()
print([c - Rhs() for _ in range(3)], Counter.calls)
try:
    c - 1
except TypeError as e:
    print("TypeError:", e, Counter.calls)
