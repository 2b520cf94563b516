# __delete__ on descriptors and deletion through del
class Tracked:
    def __init__(self):
        self.store = {}
    def __get__(self, obj, objtype=None):
        if obj is None:
            return 'class-access'
        if id(obj) not in self.store:
            raise AttributeError('tracked value missing')
        return self.store[id(obj)]
    def __set__(self, obj, value):
        self.store[id(obj)] = value
    def __delete__(self, obj):
        print('deleting')
        del self.store[id(obj)]
class C:
    t = Tracked()
c = C()
c.t = 10
print(c.t)
del c.t
try:
    print(c.t)
except AttributeError as e:
    print('AttributeError:', e)
print(C.t)
try:
    del c.t
except KeyError as e:
    print('KeyError', type(e).__name__)
class OnlyGetSet:
    def __get__(self, obj, t=None): return 1
    def __set__(self, obj, v): pass
class D:
    a = OnlyGetSet()
try:
    del D().a
except AttributeError as e:
    print('AttributeError:', e)
