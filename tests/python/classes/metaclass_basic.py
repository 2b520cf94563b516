# metaclass= with __new__ and __init__ on the metaclass
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        ns['added'] = 'by meta'
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    x = 1
    def f(self): pass
print(A.added, type(A).__name__, isinstance(A, Meta), isinstance(A, type))
class B(A, flag=True):
    y = 2
print(type(B).__name__, B.added)
class M2(type):
    def hello(cls):
        return 'hello from ' + cls.__name__
class C(metaclass=M2): pass
print(C.hello())
try:
    C().hello()
except AttributeError as e:
    print('AttributeError:', e)
