# __set_name__ is called at class creation with owner and attribute name
class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
        self.private = '_' + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f'{self.name} must be int, got {type(value).__name__}')
        setattr(obj, self.private, value)
class Point:
    x = Field()
    y = Field()
p = Point()
print(p.x)
p.x = 3
p.y = 4
print(p.x, p.y, sorted(vars(p)))
try:
    p.y = 'no'
except TypeError as e:
    print('TypeError:', e)
print(type(Point.x).__name__, Point.x.name)
f = Field()
class Late: pass
Late.z = f
print(hasattr(f, 'name'))
f.__set_name__(Late, 'z')
print(f.name)
