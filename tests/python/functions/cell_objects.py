# Cell objects: constructor, repr, comparisons by contents, cell_contents deletion, closures built from new cells.
def f():
    x = 1
    def g(): return x
    return g
C = type(f().__closure__[0])
c = C(); print(repr(c)[:9], repr(c)[-7:], repr(C([]))[-28:-14])
c = C(5); print(c.cell_contents)
for args in [(1, 2), ()]:
    try: C(*args, x=1)
    except TypeError as e: print(e)
try: C(1, 2)
except TypeError as e: print(e)
print(C(1) == C(1), C(1) < C(2), C(1) != C(2), C(1) >= C(2), C() == C(), C() < C(1), C(1) > C())
try: C(1) < C('a')
except TypeError as e: print(e)
print(C(1) == 1, C.__eq__(C(1), 1), f().__closure__[0] == C(1))
try: hash(C(1))
except TypeError as e: print(e)
del c.cell_contents
try: c.cell_contents
except ValueError as e: print(e)
c.cell_contents = 7
print(c.cell_contents)
# exec with a closure made of fresh cells
def outer():
    y = 10
    def inner(): return y
    return inner
code = outer().__code__
print(eval(code, {}, None) if False else None)
exec(code, {}, closure=(C(42),))
print(type(outer)(code, {}, None, None, (C(3),))())
