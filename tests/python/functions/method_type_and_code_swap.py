# The bound-method type can be called to bind any callable to an instance; a function's __code__ may only be
# replaced by code with as many free variables as its closure has.
class C:
    def m(self): pass
def f(self): return self
M = type(C().m)
print(M)
c = C()
m = M(f, c); print(m.__func__ is f, m.__self__ is c, m() is c)
for args in [(1, 2), (f, None), (f,)]:
    try: M(*args)
    except TypeError as e: print(e)
c.greet = M(lambda self, who: f"hi {who} from {type(self).__name__}", c)
print(c.greet("you"))
def g(): pass
def h():
    x = 1
    def i(): return x
    return i
try: g.__code__ = h().__code__
except ValueError as e: print(e)
def k(): return 42
g.__code__ = k.__code__
print(g(), g.__name__)
