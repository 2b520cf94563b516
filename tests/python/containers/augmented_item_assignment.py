# Augmented assignment to items (a[i] += x): the container and the index are evaluated once, the item is read
# with __getitem__ and written with __setitem__, for lists, dicts, slices, user classes and in loops.
def trace(label, value):
    print("eval", label)
    return value


a = [1, 2, 3]
trace("container", a)[trace("index", 0)] += trace("value", 5)
a[-1] *= 2
a[0:2] += [9]
print(a)

d = {"k": 1}
d["k"] -= 3
d[(1, 2)] = "x"
d[1, 2] += "y"
print(d)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)


class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)


l = Logged([1, 2])
l[1] += 10
l[0:1] += [7]
print(l)


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, 0)

    def __setitem__(self, key, value):
        self.cells[key] = value


g = Grid()
for i in range(5):
    g[i % 2, 0] += i
print(g.cells)

counts = [0] * 4
for word in "a bb ccc a dddd bb a".split():
    counts[len(word) - 1] += 1
print(counts)

matrix = [[1.0, 2.0], [3.0, 4.0]]
for row in matrix:
    for j in range(2):
        row[j] /= 2
matrix[1][1] **= 2
print(matrix)

for bad in ["a[10] += 1", "(1, 2)[0] += 1", "a['x'] += 1", "a[0] += 's'", "None[0] += 1"]:
    try:
        exec(bad)
    except Exception as e:
        print(type(e).__name__, e)
s = "abc"
try:
    s[0] += "z"
except TypeError as e:
    print(e)
