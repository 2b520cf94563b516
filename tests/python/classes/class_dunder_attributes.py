# __class__, __dict__, __mro__, __name__, __qualname__, __module__, __doc__, __bases__
class Outer:
    """Outer docs."""
    class Inner:
        def method(self):
            pass
    def make(self):
        class Local:
            pass
        return Local
print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__)
L = Outer().make()
print(L.__name__, L.__qualname__)
o = Outer()
print(o.__class__ is Outer, o.__class__.__name__)
o.a = 1
print(o.__dict__)
print('make' in Outer.__dict__, type(Outer.__dict__).__name__)
print([c.__name__ for c in Outer.Inner.__mro__], Outer.__bases__)
print(object.__bases__, object.__mro__)
print(int.__name__, int.__qualname__, int.__module__)
try:
    Outer.__dict__['x'] = 1
except TypeError as e:
    print('TypeError:', e)
Outer.__name__ = 'Renamed'
print(Outer.__name__, Outer.__qualname__)
