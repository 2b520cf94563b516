# sys.implementation is a types.SimpleNamespace (reached through its type: there is no types module yet).
# The values name the implementation, so only their shape is printed: a lower-case name, a version of
# sys.version_info's type and a hexversion made from it as sys.hexversion is from sys.version_info.
import sys

impl = sys.implementation
print(type(impl), type(impl).__name__, type(impl).__module__)
print(isinstance(impl.name, str), impl.name == impl.name.lower())
print(impl.cache_tag is None or isinstance(impl.cache_tag, str))
print(type(impl.version) is type(sys.version_info), len(impl.version))
levels = {'alpha': 0xA, 'beta': 0xB, 'candidate': 0xC, 'final': 0xF}


def hexversion(v):
    return v.major << 24 | v.minor << 16 | v.micro << 8 | levels[v.releaselevel] << 4 | v.serial


print(hexversion(impl.version) == impl.hexversion, hexversion(sys.version_info) == sys.hexversion)
print([k for k in vars(impl) if not k.startswith('_')])

SimpleNamespace = type(impl)


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


ns = SimpleNamespace(b=1, a=2)
print(ns, vars(ns) is ns.__dict__)
vars(ns)[1] = 5
vars(ns)[''] = 6
print(ns, ns.__dict__)
ns.c = ns
ns.b += 10
del ns.a
print(ns)
t(lambda: ns.missing)
t(lambda: delattr(ns, 'missing'))
t(lambda: hash(ns))
t(lambda: SimpleNamespace(1))
t(lambda: SimpleNamespace(**{1: 2}))
t(lambda: SimpleNamespace() < SimpleNamespace())
t(lambda: setattr(ns, '__dict__', {}))
t(lambda: SimpleNamespace(x=[1]) == SimpleNamespace(x=[1]))
t(lambda: SimpleNamespace(x=1) != SimpleNamespace(x=2))
t(lambda: SimpleNamespace() == {})
t(lambda: SimpleNamespace(x=1).__reduce__())
t(lambda: SimpleNamespace.__init__)
t(lambda: SimpleNamespace.__dict__['__dict__'])
t(lambda: SimpleNamespace.__doc__)
t(lambda: sys.version_info.foo)
ns = SimpleNamespace()
ns.__init__(q=1)
print(ns)


class Point(SimpleNamespace):
    def __init__(self, **coordinates):
        super().__init__(**coordinates)
        self.dimensions = len(coordinates)


p = Point(x=1, y=2)
print(p, p == SimpleNamespace(x=1, y=2, dimensions=2), isinstance(p, SimpleNamespace))
p.me = p
print(p, Point.__mro__)
t(lambda: p.z)
