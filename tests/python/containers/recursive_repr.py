# repr of self-referencing containers uses ... placeholders
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a)
d = {'k': 1}
d['self'] = d
print(d)
b = [a, a]
print(b)
t = ([],)
t[0].append(t)
print(t)
x, y = [], []
x.append(y)
y.append(x)
print(x, y)
class Node:
    def __init__(self): self.children = []
    def __repr__(self): return f'Node({self.children!r})'
n = Node()
n.children.append([n])
try:
    print(n)
except RecursionError:
    print('RecursionError')
print(str(a) == repr(a), a == a)
s = {'key': [d]}
print(s)
