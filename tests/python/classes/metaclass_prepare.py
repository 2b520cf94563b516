# __prepare__ supplies the class-body namespace
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return Recording()
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls
class Model(metaclass=Meta, tag='t'):
    zeta = 1
    alpha = 2
    def method(self): pass
    mid = 3
print(Model.field_order)
class Dup(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith('__'):
            raise TypeError('duplicate ' + k)
        super().__setitem__(k, v)
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Dup()
try:
    class Bad(metaclass=Strict):
        a = 1
        a = 2
except TypeError as e:
    print('TypeError:', e)
