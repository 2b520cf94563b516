# Class attributes read through the class in loops (where the interpreter caches them per class version):
# constants, nested classes, functions, static and class methods, properties, descriptors written in Python
# (whose __get__ runs every time), and classes changed while the loop runs.
class Logged:
    reads = 0

    def __get__(self, obj, cls):
        Logged.reads += 1
        return self


class Config:
    LIMIT = 3
    NAMES = ("a", "b")
    log = Logged()

    class Inner:
        pass

    def plain(x):
        return x * 2

    @staticmethod
    def helper(x):
        return x + 1

    @classmethod
    def make(cls, x):
        return (cls.__name__, x)

    @property
    def prop(self):
        return 1


def read_all():
    out = []
    for i in range(4):
        out.append((Config.LIMIT, Config.NAMES[1], Config.Inner.__name__, Config.plain(i), Config.helper(i),
                     Config.make(i), type(Config.prop).__name__, Config.log is Config.log))
        if i == 1:
            Config.LIMIT = 10
        if i == 2:
            Config.helper = staticmethod(lambda x: -x)
    return out


for row in read_all():
    print(row)
print(Logged.reads, Config.make is Config.make, Config.plain is Config.plain)


class Base:
    value = "base"


class Child(Base):
    pass


def values():
    return [Child.value for _ in range(3)]


print(values())
Base.value = "changed"
print(values())
Child.value = "own"
print(values())
del Child.value
print(values())
try:
    for _ in range(3):
        Base.missing
except AttributeError as e:
    print("AttributeError:", e)
