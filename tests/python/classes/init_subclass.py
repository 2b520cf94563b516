# __init_subclass__ with and without keyword arguments
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print('registered', cls.plugin_name)
class Alpha(Plugin): pass
class Beta(Plugin, name='b'): pass
class Gamma(Beta): pass
print(sorted(Plugin.registry))
print(Gamma.plugin_name, Beta.plugin_name)
try:
    class Bad(Plugin, colour='red'): pass
except TypeError as e:
    print('TypeError:', e)
class Base:
    def __init_subclass__(cls, **kw):
        print('Base sees', cls.__name__, kw)
class Mid(Base):
    def __init_subclass__(cls, level=0, **kw):
        print('Mid sees', cls.__name__, level)
        super().__init_subclass__(**kw)
class Leaf(Mid, level=2, tag='x'): pass
try:
    class Plain(object, extra=1): pass
except TypeError as e:
    print('TypeError:', e)
