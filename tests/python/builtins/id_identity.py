# id() is only compared: equal for the same object, different for distinct live objects
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
x = object()
ids = {id(x), id(x)}
print(len(ids), isinstance(id(x), int), id(x) > 0)
objs = [object() for _ in range(5)]
print(len({id(o) for o in objs}))
print(id(None) == id(None), id(True) == id(True), id(print) == id(print))
def f(): pass
print(id(f) == id(f), id(f.__code__) == id(f.__code__))
