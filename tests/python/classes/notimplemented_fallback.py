# NotImplemented makes Python try the reflected method, then raise TypeError
class A:
    def __add__(self, o):
        print('A.__add__')
        return NotImplemented
    def __radd__(self, o):
        print('A.__radd__')
        return NotImplemented
class B:
    def __radd__(self, o):
        print('B.__radd__')
        return 'B handled'
print(A() + B())
try:
    A() + A()
except TypeError as e:
    print('TypeError:', e)
try:
    A() + 1
except TypeError as e:
    print('TypeError:', e)
class Sub(B):
    def __radd__(self, o):
        print('Sub.__radd__')
        return 'Sub handled'
class Left:
    def __add__(self, o):
        print('Left.__add__')
        return 'Left handled'
class Right(Left):
    def __radd__(self, o):
        print('Right.__radd__ first (subclass)')
        return 'Right handled'
print(Left() + Right())
print(Right() + Left())
print(type(NotImplemented).__name__, repr(NotImplemented))
class C:
    def __mul__(self, o): return NotImplemented
try:
    C() * 2
except TypeError as e:
    print('TypeError:', e)
try:
    2 - C()
except TypeError as e:
    print('TypeError:', e)
