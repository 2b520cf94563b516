# a metaclass __call__ controls instance creation
class Counting(type):
    def __call__(cls, *args, **kwargs):
        print('creating', cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        cls.instances = getattr(cls, 'instances', 0) + 1
        return obj
class Widget(metaclass=Counting):
    def __init__(self, size=1):
        self.size = size
w = Widget(3)
w2 = Widget(size=4)
print(w.size, w2.size, Widget.instances)
class SingletonMeta(type):
    _cache = {}
    def __call__(cls, *a):
        if cls not in cls._cache:
            cls._cache[cls] = super().__call__(*a)
        return cls._cache[cls]
class Config(metaclass=SingletonMeta):
    def __init__(self, v):
        self.v = v
c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c2.v)
class Refuse(type):
    def __call__(cls, *a):
        return 'not an instance'
class R(metaclass=Refuse): pass
print(R())
