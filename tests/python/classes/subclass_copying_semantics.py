# Copying from a subclass instance: dict/set/tuple constructors, updates and unpacking
class Keys(dict):
    # dict(m), m.update(), {**m} and f(**m) read a dict subclass's storage unless it overrides __iter__
    def keys(self):
        return ['a']
    def __getitem__(self, k):
        return 'item:' + k
def kw(**k):
    return k
d = Keys(a=1, b=2)
x = {}
x.update(d)
print(dict(d), {**d}, kw(**d), x, d['a'], '{a}'.format_map(d), '{a}'.format(**d))
class Walk(dict):
    # overriding __iter__ makes those copies go through keys() and [] instead
    def __iter__(self):
        return iter(['b'])
    def keys(self):
        return ['b']
w = Walk(a=1, b=2)
print(dict(w), {**w}, kw(**w), list(w), len(w))
class Rev(set):
    def __iter__(self):
        return iter([0])
r = Rev([1, 2])
print(set(r), frozenset(r) == {1, 2}, {9} | r, sorted(r), list(r), r | {9}, r.union([3]))
class Seq(list):
    def __iter__(self):
        return iter(['i', 't'])
s = Seq([1, 2])
print(list(s), tuple(s), [*s], sorted(s), ''.join(s), s[0], len(s), s == [1, 2], s + [3], [0] + s)
a, b = s
print(a, b, dict.fromkeys(s), max(s), sorted(set(s)))
class Tup(tuple):
    def __iter__(self):
        return iter('xy')
t = Tup((1, 2))
def pos(*args):
    return args
print(pos(*t), list(t), t[0], t + (3,), '%s-%s' % t, len(t), hash(t) == hash((1, 2)))
