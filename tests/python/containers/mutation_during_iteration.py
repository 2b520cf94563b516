# Changing a list, dict or set while iterating or sorting it, and the iterator builtins around it.
l = [3, 1, 2]
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print("VE", e, l)
l = [3, 1, 2]
def cmpkey(x):
    l.clear()
    return x
try:
    l.sort(key=cmpkey)
except ValueError as e:
    print("VE", e, l)
print(l)
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        data.append(0)
        return self.v < o.v
data = [C(2), C(1)]
try:
    data.sort()
except ValueError as e:
    print("VE", e, len(data))
d = {1: 1, 2: 2}
try:
    for k in d.keys():
        d.pop(k)
except RuntimeError as e:
    print("RE", e, d)
d = {1: 1, 2: 2}
for k in list(d):
    d.pop(k)
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RE", e, s)
l = [1, 2, 3, 4]
for x in l:
    l.remove(x)
print(l)
l = [1, 2]
it = iter(l)
next(it)
l.extend([3, 4])
print(list(it))
d = {"a": 1}
it = iter(d.items())
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print("RE", e)
d = {"a": 1, "b": 2}
it = iter(d)
next(it)
del d["b"]; d["c"] = 3
try:
    print(next(it))
except RuntimeError as e:
    print("RE", e)
r = reversed([1, 2, 3])
print(next(r), r.__length_hint__(), list(r))
e = enumerate("ab", start=2**64)
print(list(e))
z = zip("ab", "cd", "e")
print(list(z), list(z))
m = map(lambda a, b: a + b, "ab", "cde")
print(list(m))
f = filter(None, [0, 1, "", "x", None, [], [0]])
print(list(f))
it = iter(lambda: next(g), 3)
g = iter([1, 2, 3, 4])
print(list(it))
print(sorted("bca", reverse=True), sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0], reverse=True))
print(min([], default="empty"), max([1, 3, 2], key=lambda x: -x), min(3, 1, 2, key=str), max("abc", "b"))
try:
    min([], key=len)
except ValueError as e:
    print(e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
