# list subclasses: overridden append does not affect extend/insert/+=
class Logged(list):
    def append(self, x):
        print('append', x)
        super().append(x)
    def __setitem__(self, i, v):
        print('setitem', i, v)
        super().__setitem__(i, v)
l = Logged([1])
l.append(2)
l.extend([3])
l += [4]
l.insert(0, 0)
l[0] = -1
print(l, repr(l), type(l).__name__, type(l + [9]).__name__, type(l[:2]).__name__, type(l * 2).__name__)
print(len(l), l == [-1, 1, 2, 3, 4], isinstance(l, list))
class Stack(list):
    def push(self, x): self.append(x)
    def peek(self): return self[-1]
st = Stack()
st.push(1); st.push(2)
print(st.peek(), st.pop(), st, Stack('abc'))
class Sorted(list):
    def __init__(self, it=()):
        super().__init__(sorted(it))
    def __repr__(self): return 'Sorted' + super().__repr__()
print(Sorted([3, 1, 2]), [Sorted('ba')])
l.sort(reverse=True)
print(l, type(l).__name__, type(l.copy()).__name__)
