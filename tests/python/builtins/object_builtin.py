# object(): the root of every class, with no instance attributes and strict constructor arguments
o = object()
print(type(o).__name__, isinstance(o, object), isinstance(1, object), isinstance(int, object), issubclass(type, object))
print(o == o, o != object(), hash(o) == hash(o), str(o) == repr(o), repr(o).startswith('<object object at 0x'))
print(len(dir(o)) > 10, '__class__' in dir(o), hasattr(o, '__dict__'), object.__bases__, object.__base__)
for bad in (lambda: object(1), lambda: object(x=1), lambda: setattr(o, 'a', 1), lambda: object.__init__(o, 1)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
class WithInit:
    def __init__(self, x): self.x = x
print(WithInit(1).x)
class OnlyNew:
    def __new__(cls, *args): return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
