# Grammar corner cases: numeric literals, string prefixes, else clauses on loops and try, argument unpacking, decorators as expressions.
x = 1if 1else 0; print(x)
print(0xff, 0o777, 0b1, 1_0j, 1e-0_1 if False else 0, .5, 5., 1E5, 0e0, 00, 0_0)
print(rb'\n', Rb'\d', BR'x', rf'{x}\n', fR'{x!r}', Rf'\{x}', u'unicode', U'x')
print('a' \
      'b', (1 +
            2), [1,
                 2], {
    'k': 1,
})
if 1: print('one-liner'); print('two')
for i in range(2): pass
else: print('for-else', i)
while 0: pass
else: print('while-else')
try: pass
except: pass
else: print('try-else')
finally: print('finally')
def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], *[3], c=0, **{'z': 1}, **{'y': 2}))
print(f(1, *(), c=1), f(c=1, a=2), f(1, **{'c': 2, 'b': 3}))
lam = lambda a, /, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)
print(lam(0, d=1), lam(0, 1, 2, 3, d=4, g=5))
print([x for x in range(3)], (x for x in range(3)).__class__.__name__, {x for x in ()}, {x: x for x in 'a'})
print(not 1 in [1], 1 not in [2], 1 is not None, not not 0, -+-+1, ~~5, 2**-1, -2**2, (-2)**2, 2**3**2)
print(1 < 2 < 3 > 2 != 5 == 5 >= 5 <= 6 is not None in [None] not in [[]])
a = b = c = []; a.append(1); print(b, c is a)
a, b = b, a = 1, 2; print(a, b)
t = 1,; print(t, (), (1), (1,), [*t, *t])
print(type(()), type((1)), type((1,)))
del t
(a), b = 3, 4; [c] = [5]; print(a, b, c)
x = [1, 2, 3]; x[1:2] = []; print(x); x[:0] = [0]; print(x); del x[-1:]; print(x)
d = {}; d[1, 2] = 'tuple key'; d[(3,)] = 'one'; print(d, d[1, 2])
class C: pass
C.x = C(); C.x.y = 5; print(C.x.y)
s = 'abc'; print(s[-1], s[:-1], s[::-1][::-1], s[0:100:1], s[1:-1])
print(*'abc', sep='-')
print(f'{"q"}' f"{'r'}" 'plain' """triple""" '''single triple''')
print('''multi
line''', """with "quotes" inside""", 'it\'s', "say \"hi\"", '\N{BULLET} \N{GREEK SMALL LETTER ALPHA}', '\x41\101\u0041\U00000041')
print(b'\x41\101', b'a' b'b', bytes(3), b'abc'[0], b'abc'[0:1], list(b'ab'))
if (n := 3) and (m := n * 2): print(n, m)
print([y for x in [[1, 2], [3]] for y in x if y != 2 if y])
print(*(x for x in 'hi'))
global_var = 1
def uses_global():
    global global_var, other_global
    global_var += 1; other_global = 'new'
uses_global(); print(global_var, other_global)
async def coro(): return 1
print(type(coro()).__name__ if False else 'coro skipped')
print(__debug__, __name__, __doc__, type(__builtins__).__name__ in ('module', 'dict'))
assert True, 'never'
assert (1, 2)
pass; ...
print(0 or [] or {} or '' or 'last', 1 and 'x' and [0], [] and 1)
print(isinstance(x := 5, int), x)
def gen(): x = yield; yield x
g = gen(); next(g); print(g.send('sent'))
print([(lambda: i)() for i in range(2)], (lambda *, k=1: k)())
class Deco:
    def __init__(s, f): s.f = f
    def __call__(s, *a): return s.f(*a) * 2
@Deco
def doubled(x): return x
print(doubled(21))
@lambda f: f()
def immediately(): return 'called at definition'
print(immediately)
print(((((((((((1)))))))))), [[[[[]]]]], {'a': {'b': {'c': {}}}})
