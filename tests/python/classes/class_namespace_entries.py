# The entries a class statement leaves in the class's namespace, in CPython's order.
class Plain:
    x = 1
    def method(self):
        pass
print(list(vars(Plain)))
print(Plain.__doc__, Plain.__module__, Plain.__dict__["__doc__"])

class Documented:
    """The docstring."""
print(list(vars(Documented)), Documented.__doc__)

class Child(Documented):
    pass
print(list(vars(Child)), Child.__doc__, "__doc__" in vars(Child))

class WithEq:
    def __eq__(self, other):
        return True
    y = 2
print(list(vars(WithEq)), WithEq.__hash__)

class Slotted:
    __slots__ = ("a", "b")
    def __eq__(self, other):
        return False
print(list(vars(Slotted)))

class SlottedChild(Plain):
    __slots__ = ()
print(list(vars(SlottedChild)))

Made = type("Made", (), {"a": 1, "f": lambda self: 2})
print(list(vars(Made)), Made.__doc__, Made.__module__)
Derived = type("Derived", (Made,), {"__doc__": "given"})
print(list(vars(Derived)), Derived.__doc__)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("namespace:", list(ns))
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta):
    z = 3
print(list(vars(WithMeta)))

class Body:
    print(sorted(locals()))
    value = 1
    print(sorted(locals()))
print(list(Body.__dict__.keys()))
print([k for k in dir(Plain) if k in ("__doc__", "__dict__", "__weakref__", "__module__", "x", "method")])
