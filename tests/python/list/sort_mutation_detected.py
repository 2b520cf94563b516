# list.sort notices any change made to the list by key functions or comparisons, even one undone before the
# sort ends (ValueError: list modified during sort); clearing the already-empty-looking list is no change.
def cmp_to_key(mycmp):
    class K:
        def __init__(self, obj): self.obj = obj
        def __lt__(self, other): return mycmp(self.obj, other.obj) < 0
    return K
for i in range(3):
    def mutating_cmp(x, y):
        L.append(3)
        L.pop()
        return (x > y) - (x < y)
    L = [1, 2]
    try:
        L.sort(key=cmp_to_key(mutating_cmp))
    except ValueError as e:
        print(e, L)
    def mutating_cmp(x, y):
        L.append(3)
        del L[:]
        return (x > y) - (x < y)
    try:
        L.sort(key=cmp_to_key(mutating_cmp))
    except ValueError as e:
        print(e, L)
L = [3, 1, 2]
L.sort(key=lambda v: (print("key", v, len(L)), v)[1])
print(L)
M = [5, 4]
def k(v):
    M.clear()
    return v
try:
    M.sort(key=k)
except ValueError as e:
    print(e, M)
