# __class_getitem__ for Cls[...] and built-in generic aliases
class Box:
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item!r}]'
print(Box[int], Box['x'], Box[1, 2])
print(type(Box.__dict__['__class_getitem__']).__name__)
ga = list[int]
print(ga, ga.__origin__ is list, ga.__args__)
print(dict[str, list[int]], tuple[int, ...], type[int])
print(list[int]([1, 2]), type(list[int]()).__name__)
try:
    int[str]
except TypeError as e:
    print('TypeError:', e)
class Plain: pass
try:
    Plain[int]
except TypeError as e:
    print('TypeError:', e)
class Sub(Box): pass
print(Sub[3])
