# some classes cannot be subclassed, and bases must be classes
for name, base in (('bool', bool), ('NoneType', type(None)), ('range', range), ('slice', slice)):
    try:
        class X(base): pass
        print(name, 'ok')
    except TypeError as e:
        print('TypeError:', e)
try:
    class Y(1): pass
except TypeError as e:
    print('TypeError:', e)
def f(): pass
try:
    class Z(f): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class W(int, str): pass
except TypeError as e:
    print('TypeError:', e)
class OK(int, object): pass
print([c.__name__ for c in OK.__mro__])
