# dict subclasses: __setitem__ override is bypassed by update() and the constructor
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
d = Upper(a=1)
d['b'] = 2
d.update(c=3)
d.setdefault('e', 5)
print(d, type(d).__name__, repr(d))
print(type(d.copy()).__name__, type(d | {}).__name__)
class Attr(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v
a = Attr(x=1)
a.y = 2
print(a.x, a.y, a)
try:
    a.z
except AttributeError as e:
    print('AttributeError:', e)
class R(dict):
    def __repr__(self): return 'R(' + super().__repr__() + ')'
print(R(k=1), [R()], str(R(q=2)))
print(Attr.fromkeys('ab', 0), type(Attr.fromkeys('ab')).__name__)
print(R(k=1) == {'k': 1}, isinstance(R(), dict))
