# Subclasses of str/float/int/tuple/list/dict: which operations return the base type, reprs, bool arithmetic.
class S(str):
    def extra(self): return 'extra ' + self
s = S('hello')
print(type(s.upper()).__name__, type(s + 'x').__name__, type(s[1:]).__name__, type(s * 2).__name__, type(str(s)).__name__, repr(s), s.extra(), s == 'hello', hash(s) == hash('hello'), {s: 1}['hello'])
class F(float):
    def __repr__(self): return f'F({float(self)})'
f = F(1.5); print(f, f + 1, type(f + 1).__name__, str(f), format(f, '.2f'), f'{f}', [f], round(f), -f, abs(F(-2.0)), type(-f).__name__)
class I(int):
    pass
i = I(5); print(i, repr(i), type(i + 1).__name__, type(-i).__name__, type(i * 1).__name__, type(+i).__name__, I(5) == 5, bool(I(0)), type(abs(i)).__name__, f'{i:>4}', str(i))
class T(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
t = T(1, 2); print(t, type(t[:1]).__name__, type(t + (3,)).__name__, len(t), t == (1, 2), repr(t))
class L(list):
    def __init__(self, *a): super().__init__(a)
l = L(1, 2); print(l, type(l + [3]).__name__, type(l[:]).__name__, type(l * 2).__name__, l.copy().__class__.__name__)
class D(dict):
    def __getitem__(self, k): return super().__getitem__(k) * 10
d = D(a=1); print(d['a'], d.get('a'), dict(d), {**d}, list(d.values()), d, type(d.copy()).__name__, type(d | {}).__name__)
class B:
    def __init__(self): self.v = 1
    def __eq__(self, o): return isinstance(o, B) and o.v == self.v
    __hash__ = None
print(B() == B(), B() in [B()], [B()].count(B()), [B()].index(B()))
from_sub = type('Fresh', (dict,), {})
print(from_sub(x=1), from_sub.__mro__)
class NT(tuple):
    __slots__ = ()
    @property
    def first(self): return self[0]
print(NT((9, 8)).first, NT((1,)) < NT((2,)))
class Color(int):
    names = {}
    def __new__(cls, value, name):
        obj = super().__new__(cls, value); obj.name = name; return obj
    def __repr__(self): return f'<Color.{self.name}: {int(self)}>'
RED = Color(1, 'RED'); print(RED, RED + 1, RED.name, repr(RED), RED == 1, [RED], sorted([Color(3, 'B'), RED]))
print(True + True, True * 3.5, -True, ~True, True / 2, True // 2, True ** 10, True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(isinstance(True, int), int(True), str(True), f'{True}', f'{True:d}', f'{True:>6}', '%s %d' % (True, True), repr(bool(2)), bool('False'))
