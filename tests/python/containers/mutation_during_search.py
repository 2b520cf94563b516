# Lists and dicts changed by the __eq__ or __repr__ of their own items while being searched, compared or
# printed: the length is re-read at every step as in CPython, never a Java error.
class Evil:
    def __init__(self, victim): self.victim = victim
    def __eq__(self, other):
        del self.victim[:]
        return False
    __hash__ = object.__hash__
def fresh():
    a = []
    a[:] = [Evil(a) for _ in range(10)]
    return a
tests = {
 "index": lambda a: a.index(None), "count": lambda a: a.count(None), "remove": lambda a: a.remove(None), "in": lambda a: None in a,
 "eq": lambda a: a == [None] * 10, "eq2": lambda a: [None] * 10 == a, "lt": lambda a: a < [None] * 10, "tuple_eq": lambda a: tuple(a) == (None,) * 10,
 "min": lambda a: min([3, 1, 2]), "sorted_key": lambda a: len(sorted(a, key=lambda e: (a.clear(), 0)[1])),
 "dict_eq": lambda a: {1: a[0]} == {1: None}, "set_in": lambda a: set(a) == set(), "list_contains_mut": lambda a: a.__contains__(5),
 "iter": lambda a: len([x for x in a if a.pop() is not None]),
}
for name, t in tests.items():
    a = fresh()
    try:
        print(name, t(a), len(a))
    except Exception as e:
        print(name, type(e).__name__, e)
b = [1, 2, 3]
class Grow:
    def __eq__(self, other):
        b.append(other)
        return False
print(b.count(Grow()) if False else "skip")
def mutate_sort():
    x = [3, 1, 2]
    def key(v):
        x.append(v)
        return v
    try:
        x.sort(key=key)
    except ValueError as e:
        print("sort:", e)
    print(x)
mutate_sort()
def mutate_sort2():
    x = [3, 1, 2, 5, 4]
    class K:
        def __init__(self, v): self.v = v
        def __lt__(self, o):
            x.clear()
            return self.v < o.v
    try:
        x.sort(key=K)
    except ValueError as e:
        print("sort2:", e)
    print(x)
mutate_sort2()
d = {i: i for i in range(5)}
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as e:
    print(e)
s = {1, 2, 3}
try:
    for k in s:
        s.add(k + 100)
except RuntimeError as e:
    print(e)
d = {1: 1}
try:
    for k in d:
        del d[k]
        d[k + 1] = 1
except RuntimeError as e:
    print(e)
d = dict.fromkeys(range(10))
try:
    for k in d:
        d.pop(k)
        d[k] = None
except RuntimeError as e:
    print("keys changed:", e)

class X:
    def __eq__(self, other):
        dict_a.clear()
        return True
    def __hash__(self):
        return 13
dict_a = {X(): 0}
dict_b = {X(): X()}
print(dict_a == dict_b)
class Y:
    def __eq__(self, other):
        dict_d.clear()
        return True
dict_c = {0: Y()}
dict_d = {0: set()}
print(dict_c == dict_d)
class R:
    def __repr__(self):
        target.clear()
        return "R"
target = {1: R(), 2: R(), 3: R()}
try:
    print(repr(target))
except RuntimeError as e:
    print("RuntimeError", e)
lst = [R(), R(), R()]
class RL:
    def __repr__(self):
        lst.clear()
        return "RL"
lst = [RL(), RL(), RL()]
print(repr(lst))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, other):
        s.clear()
        return False
s = set()
s.update([H(1), H(2), H(3)])
print(H(4) in s, len(s))
d = {}
class K:
    def __hash__(self): return 5
    def __eq__(self, o):
        d.clear()
        return False
d[K()] = 1
d[K()] = 2
print(len(d))
class M:
    def __hash__(self): return 7
    def __eq__(self, o):
        dd.clear()
        return True
dd = {M(): 1}
print(dd.get(M()), M() in dd, dd.setdefault(M(), 3))
print(dict.fromkeys([1,2]) == {1: None, 2: None})
a = {1: 1}
class Z:
    def __eq__(self, o):
        a.clear()
        a.update({i: i for i in range(50)})
        return False
    def __hash__(self): return 1
b = {1: Z()}
print(a == b)
