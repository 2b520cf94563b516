# Set displays of constants are built as CPython builds them (from a frozenset constant re-made in its own
# iteration order), which decides where colliding items (-1 and -2 share a hash) come out.
print({-1, -2, -3}, {-2, -1, 5}, {1, 2, 3}, {"a", "b"} == {"b", "a"}, {1, 2})
print({10**20, 2**61, 2**61 - 1, -1, -2, 0.5, 1.5, 2**64 + 3, -(2**63)})
print({(1, 2), (3, 4), -1, -2, 1.0, 2})
print({0, 32, 64, 96, 1, 33})
def f():
    return {-1, -2, 7, 39}
print(f(), f() is f(), type(f()).__name__)
s = {1, 2, 3}
s.add(4)
print(s, {*[1, 2], 3}, {1, 2, *[3]})
x = 5
print({x, -1, -2}, {-1, x, -2})
s = set()
for x in (-1, -2, 7, 39): s.add(x)
print(s)
fs = frozenset((-1, -2, 7, 39))
print(fs)
t = set(); t.update(fs); print(t)
print(set([-1, -2, 7, 39]))
print({-1, -2, 7, 39})
