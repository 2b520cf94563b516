# classmethod around another descriptor (a property, a classmethod, any object with __get__) binds through
# that descriptor, as 3.9 to 3.12 do; staticmethod and classmethod reprs show what they wrap.
class D:
    def __get__(self, inst, owner):
        print('get', inst.__name__, owner.__name__); return 5
class C:
    x = classmethod(D())
print(C.x, C().x)
class P:
    @classmethod
    @property
    def name(cls): return cls.__name__ + '!'
class Q(P): pass
print(P.name, P().name, Q.name)
print(repr(classmethod(len)), repr(staticmethod(len)))
class R:
    @classmethod
    @classmethod
    def twice(cls): return cls
print(R.twice())
def f(): pass
print(repr(staticmethod(f)).startswith("<staticmethod(<function f at 0x"), repr(classmethod(f)).endswith(">)>"))
