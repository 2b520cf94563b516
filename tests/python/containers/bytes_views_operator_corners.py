# Corners found by comparing operators across types: str % bytes-like treats it as a mapping (nothing
# converted), bytes compares in order only with bytes/bytearray (not memoryview), dict keys/items views are
# unhashable, and equal bytes/complex constants are one object.
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
mv = memoryview(b"z")
for a in [b"x", bytearray(b"y"), mv, b"z"]:
    for b in [b"x", bytearray(b"y"), mv, b"z"]:
        t(lambda: (a == b, a != b))
        t(lambda: a < b)
        t(lambda: a >= b)
for v in [b'x', bytearray(b'y'), memoryview(b'z'), [1], range(3), {}, 'x', (1,), 5]:
    for fmt in ['ab', b'ab']:
        t(lambda: fmt % v)
t(lambda: hash({}.keys()))
t(lambda: hash({}.items()))
t(lambda: type(hash({}.values())).__name__)
t(lambda: {}.keys() in {1: 2})
t(lambda: {}.items() in set())
t(lambda: {}.keys().__hash__)
t(lambda: {1: 2}.keys() == {1})
print(b"x" is b"x", 1j is 1j, (2 - 3j) is (2 - 3j), (1, b"a") is (1, b"a"))
