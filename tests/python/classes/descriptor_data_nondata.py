# data descriptors beat instance __dict__; non-data descriptors lose to it
class Data:
    def __get__(self, obj, objtype=None):
        return ('data-get', obj is None, objtype.__name__)
    def __set__(self, obj, value):
        print('data-set', value)
        obj.__dict__['d'] = value
class NonData:
    def __get__(self, obj, objtype=None):
        return 'nondata-get'
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d)
print(C.d)
c.d = 5
print(c.d, c.__dict__)
print(c.n)
c.n = 'shadow'
print(c.n, C.n)
c.__dict__['d'] = 'direct'
print(c.d)
del c.n
print(c.n)
