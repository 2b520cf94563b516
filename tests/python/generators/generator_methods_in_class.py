# generator functions as methods and __iter__, with per-iteration state
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree('root', Tree('a', Tree('a1'), Tree('a2')), Tree('b', Tree('b1')))
print(list(t))
for depth, v in t.walk():
    print('  ' * depth + v)
print(list(t.leaves()), len(list(t)), 'b1' in t)
it1, it2 = iter(t), iter(t)
print(next(it1), next(it1), next(it2))
