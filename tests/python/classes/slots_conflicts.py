# __slots__ errors: class variable conflicts, __dict__ in slots, weakref-free checks
try:
    class A:
        __slots__ = ('x',)
        x = 5
except ValueError as e:
    print('ValueError:', e)
class B:
    __slots__ = ('x', '__dict__')
b = B()
b.x = 1
b.other = 2
print(b.x, b.__dict__)
try:
    class C:
        __slots__ = ('a', 'a')
    print('duplicate ok', C.__slots__)
except TypeError as e:
    print('TypeError:', e)
try:
    class D(int):
        __slots__ = ('v',)
except TypeError as e:
    print('TypeError:', e)
class E:
    __slots__ = ()
try:
    E().q = 1
except AttributeError as e:
    print('AttributeError:', e)
try:
    class F:
        __slots__ = (1,)
except TypeError as e:
    print('TypeError:', e)
