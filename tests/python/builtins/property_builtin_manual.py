# building properties, staticmethods and classmethods by calling the builtins directly
def get_x(self): return self._x
def set_x(self, v): self._x = v * 2
def del_x(self): print('deleting x'); del self._x
class C:
    x = property(get_x, set_x, del_x, 'The x property.')
    y = property(fget=lambda self: 'y value', doc='y docs')
    z = property()
    s = staticmethod(lambda a, b: a + b)
    c = classmethod(lambda cls, v: f'{cls.__name__}:{v}')
obj = C()
obj.x = 5
print(obj.x, C.x.__doc__, C.y.__doc__, obj.y, obj.s(1, 2), C.c('v'), obj.c('w'))
del obj.x
print(hasattr(obj, '_x'))
p = C.x
p2 = p.setter(None)
print(p2 is p, p2.fset is set_x, p.fset is set_x, p.getter(lambda s: 0).fget is not get_x, p.deleter(None).fdel is del_x)
for action in (lambda: obj.z, lambda: setattr(obj, 'z', 1), lambda: delattr(obj, 'y')):
    try:
        action()
    except AttributeError as e:
        print('AttributeError:', e)
print(C.s(3, 4), staticmethod(len)('abc'), type(classmethod(len)).__name__, isinstance(C.__dict__['s'], staticmethod))
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print('TypeError:', e)
