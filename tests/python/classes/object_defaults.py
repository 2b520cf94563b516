# object's default __eq__/__ne__/__hash__/__repr__/__str__
class A:
    pass
a, b = A(), A()
print(a == a, a == b, a != b, a != a)
print(hash(a) == hash(a), isinstance(hash(a), int))
print(repr(a).startswith('<__main__.A object at 0x'), repr(a).endswith('>'))
print(str(a) == repr(a))
print(a.__eq__(b), a.__eq__(a), a.__ne__(b))
print(a.__lt__(b))
try:
    a < b
except TypeError as e:
    print('TypeError:', e)
d = {a: 1, b: 2}
print(d[a], d[b], len(d))
print(object() == object(), type(object()).__name__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError:', e)
print(A.__hash__ is object.__hash__, A.__eq__ is object.__eq__)
print(format(a, '') == str(a))
