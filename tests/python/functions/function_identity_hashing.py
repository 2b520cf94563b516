# functions compare by identity and are hashable, so they work as dict keys and set members
def a(): pass
def b(): pass
handlers = {a: 'handler a', b: 'handler b'}
print(handlers[a], handlers[b], a == a, a == b, a != b)
print(len({a, a, b}), a in [b, a])
alias = a
print(alias is a, alias.__name__)
print(hash(a) == hash(alias))
def factory():
    def inner(): pass
    return inner
print(factory() == factory(), factory().__code__ is factory().__code__)
class C:
    def m(self): pass
c = C()
print(C.m is C.m, c.m == c.m, hash(c.m) == hash(c.m), c.m is c.m)
try:
    a < b
except TypeError as e:
    print('TypeError:', e)
