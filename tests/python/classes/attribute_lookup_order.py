# full attribute lookup precedence: data descriptor > instance dict > non-data/class attr > __getattr__
class DataDesc:
    def __get__(self, o, t=None): return 'data descriptor'
    def __set__(self, o, v): raise AttributeError('read-only')
class NonData:
    def __get__(self, o, t=None): return 'non-data descriptor'
class Base:
    inherited = 'base class attr'
class C(Base):
    dd = DataDesc()
    nd = NonData()
    plain = 'class attr'
    def __getattr__(self, name):
        return f'__getattr__({name})'
c = C()
c.__dict__.update(dd='inst dd', nd='inst nd', plain='inst plain')
print(c.dd)
print(c.nd)
print(c.plain)
print(c.inherited)
print(c.nowhere)
del c.__dict__['nd'], c.__dict__['plain']
print(c.nd, '|', c.plain)
print(C.dd, '|', C.nd)
