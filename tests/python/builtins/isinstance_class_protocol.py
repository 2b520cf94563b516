# isinstance/issubclass beyond plain types: an instance's overridden __class__ counts, objects with a tuple
# __bases__ act as classes, metaclass hooks decide for their classes, unions and nested tuples work.
class Proxy:
    def __init__(self, target):
        self._target = target

    @property
    def __class__(self):
        return type(self._target)


p = Proxy([1, 2])
print(isinstance(p, list), isinstance(p, Proxy), type(p).__name__, isinstance(p, (str, list)))


class FakeClass:
    def __init__(self, name, bases=()):
        self.name = name
        self.__bases__ = bases

    def __call__(self):
        return FakeInstance(self)

    def __repr__(self):
        return self.name


class FakeInstance:
    def __init__(self, cls):
        self.cls = cls

    def __getattribute__(self, name):
        if name == "__class__":
            return object.__getattribute__(self, "cls")
        return object.__getattribute__(self, name)


Animal = FakeClass("Animal")
Dog = FakeClass("Dog", (Animal,))
Mixed = FakeClass("Mixed", (Dog, FakeClass("Pet")))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Mixed, Animal), issubclass(Dog, Dog))
print(isinstance(Dog(), Animal), isinstance(Animal(), Dog), isinstance(3, Animal))


class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, str) and obj.isdigit()

    def __subclasscheck__(cls, sub):
        return sub in (int, bool)


class Digits(metaclass=Meta):
    pass


print(isinstance("123", Digits), isinstance("12a", Digits), issubclass(bool, Digits), issubclass(str, Digits))
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, (str, (float, int))))

for call in [lambda: isinstance(1, 5), lambda: issubclass(5, int), lambda: issubclass(int, 5),
             lambda: issubclass(Dog, 5), lambda: isinstance(1, list[int]), lambda: issubclass(object(), Animal)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
