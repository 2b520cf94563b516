# The __class__ cell behind zero-argument super() is filled by type.__new__ (from the namespace's __classcell__),
# so hooks that run while the class is being created can already use super() in the new class's methods.
class Plugin:
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.register()

    @classmethod
    def register(cls):
        Plugin.registry.append(cls.__name__)


class CsvPlugin(Plugin):
    @classmethod
    def register(cls):
        super().register()
        print("registered", cls.__name__, "via", __class__.__name__)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        print("made", cls.describe())
        return cls


class Described(metaclass=Meta):
    @classmethod
    def describe(cls):
        return "described " + __class__.__name__


class Sub(Described):
    @classmethod
    def describe(cls):
        return "sub of " + super().describe()


print(Plugin.registry, "__classcell__" in vars(CsvPlugin))


class Forgetful(type):
    def __new__(mcls, name, bases, ns):
        # Builds the class from a copy without __classcell__: the cell is never filled.
        clean = {k: v for k, v in ns.items() if k != "__classcell__"}
        return super().__new__(mcls, name, bases, clean)


try:
    class Broken(metaclass=Forgetful):
        def m(self):
            return super().m()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    type("T", (), {"__classcell__": 5})
except TypeError as e:
    print("TypeError:", e)


class NoneMeta(type):
    def __new__(mcls, name, bases, ns):
        return None


class Gone(metaclass=NoneMeta):
    def m(self):
        return __class__


print(Gone)
