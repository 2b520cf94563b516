# object.__getstate__() (the instance dict, with the set slots when there are slots) and the default
# __subclasshook__ classmethod.
class A: pass
a = A(); print(a.__getstate__())
a.x = 1; s = a.__getstate__(); print(s, s is a.__dict__)
class S:
    __slots__ = ('p', 'q')
s = S(); s.p = 1; print(s.__getstate__())
class T(S):
    r = 5
t = T(); t.q = 2; t.z = 3; print(t.__getstate__())
print(object().__getstate__(), [].__getstate__(), ValueError("x").__getstate__())
print(A.__subclasshook__(), object.__subclasshook__(int), int.__subclasshook__(bool))
class Custom:
    def __getstate__(self): return "mine"
print(Custom().__getstate__(), "__subclasshook__" in dir(A), "__getstate__" in dir(object))
