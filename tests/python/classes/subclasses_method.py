# type.__subclasses__(): the live direct subclasses in creation order, for user classes and built-in types.
class Plugin:
    pass
class A(Plugin): pass
class B(Plugin): pass
class C(A, B): pass
print(Plugin.__subclasses__(), A.__subclasses__(), C.__subclasses__())
def all_subclasses(cls):
    out = []
    for s in cls.__subclasses__():
        out.append(s.__name__)
        out.extend(all_subclasses(s))
    return out
print(all_subclasses(Plugin))
class MyInt(int): pass
print(MyInt in int.__subclasses__(), bool in int.__subclasses__())
print(type.__subclasses__(Plugin) == Plugin.__subclasses__())
