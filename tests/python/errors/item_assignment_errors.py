# Item assignment and deletion on objects that refuse them, as CPython's PyObject_SetItem/DelItem word it:
# an object with sequence slots converts an index key first, and PySequence_DelItem says "doesn't".
class A:
    pass

class G:
    def __getitem__(self, k):
        return 1

for label, make in [('int', lambda: 1), ('None', lambda: None), ('A()', A), ('G()', G), ('str', lambda: 's'),
                    ('tuple', lambda: ()), ('set', set), ('frozenset', frozenset), ('range', lambda: range(3)),
                    ('keys', lambda: {}.keys()), ('values', lambda: {}.values()), ('func', lambda: len),
                    ('type', lambda: int), ('iterator', lambda: iter([])), ('float', lambda: 1.5),
                    ('bytes', lambda: b''), ('object', object), ('slice', lambda: slice(1)),
                    ('memoryview ro', lambda: memoryview(b'a')), ('memoryview rw', lambda: memoryview(bytearray(b'a')))]:
    for key in [0, 'x', 10**100, -1, 1.5, True, None]:
        x = make()
        try:
            del x[key]
            print(label, repr(key), 'del ok')
        except Exception as e:
            print(label, repr(key), 'del', type(e).__name__, e)
        x = make()
        try:
            x[key] = 1
            print(label, repr(key), 'set ok')
        except Exception as e:
            print(label, repr(key), 'set', type(e).__name__, e)

m = memoryview(b'a')
m.release()
try:
    del m[0]
except Exception as e:
    print(type(e).__name__, e)

# bytearray slice assignment converts other values as bytearray() would; nothing deletes an extended slice
for v in [None, 5, 1.5, 'ab', object(), [300], ['x'], [1, 2], (3,), b'q', bytearray(b'r'), {1: 2}, 1j, True,
          iter([7]), []]:
    for sl in [slice(0, 1), slice(None, None, 2)]:
        b = bytearray(b'abc')
        try:
            b[sl] = v
            print(type(v).__name__, sl, b)
        except Exception as e:
            print(type(v).__name__, sl, type(e).__name__, e)

# memoryview with tuple keys
m = memoryview(b'abc')
for k in [(), (1,), (1, 2), (slice(1),), (slice(1), slice(2)), ('x',), (1, 'x'), (10,), (True,), (-1,)]:
    try:
        print(k, m[k])
    except Exception as e:
        print(k, type(e).__name__, e)

# x *= seq: the left operand's sequence slots, if it has any, decide
class Seqless:
    pass

for left in [object(), Seqless(), memoryview(b'ab'), {}, set(), range(2), 1.5, None]:
    for right in ['x', [1], (1,), b'x']:
        x = left
        try:
            x *= right
            print(type(left).__name__, repr(right), x)
        except TypeError as e:
            print(type(left).__name__, repr(right), e)
        try:
            print(type(left).__name__, repr(right), left * right)
        except TypeError as e:
            print(type(left).__name__, repr(right), e)

# ... and assignment with tuple keys
w = memoryview(bytearray(b'abc'))
for k in [(), (1,), (1, 2), (slice(1),), ('x',), (10,)]:
    try:
        w[k] = 65
        print(k, bytes(w))
    except Exception as e:
        print(k, type(e).__name__, e)
