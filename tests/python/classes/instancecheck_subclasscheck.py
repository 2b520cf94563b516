# __instancecheck__ and __subclasscheck__ on metaclasses
class EvenMeta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0
    def __subclasscheck__(cls, sub):
        return sub in (int, bool)
class Even(metaclass=EvenMeta): pass
print(isinstance(4, Even), isinstance(3, Even), isinstance('x', Even))
print(issubclass(int, Even), issubclass(str, Even), isinstance(6, (str, Even)))
class Base: pass
class Sub(Base): pass
print(isinstance(Sub(), Base), issubclass(Sub, (int, Base)), issubclass(Base, Base))
for args in ((1, int), (int, 1), (Sub, (Base, 1))):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print('TypeError:', e)
try:
    isinstance(1, 'int')
except TypeError as e:
    print('TypeError:', e)
print(isinstance(True, int), isinstance(1, bool), isinstance(None, type(None)), isinstance(int, type))
print(isinstance(1, (str, (bytes, (int,)))))
