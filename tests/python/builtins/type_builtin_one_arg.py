# type(obj) returns the exact class; type is its own metaclass
for v in (1, True, 1.5, 1j, 'a', b'a', bytearray(), [], (), {}, set(), frozenset(), None, ..., NotImplemented, range(1),
          slice(1), len, type, object(), iter([]), (x for x in ''), lambda: 0, [].append):
    print(type(v).__name__, end=' ')
print()
class A: pass
class B(A): pass
print(type(B()) is B, type(B()) is A, isinstance(B(), A), type(A) is type, type(type) is type, type(object) is type)
print(type(int) , type(1).__mro__, type(True).__bases__)
for bad in (lambda: type(), lambda: type(1, 2), lambda: type(x=1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
