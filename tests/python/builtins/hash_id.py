# hash of ints/floats/tuples; id only compared, never printed
print(hash(0), hash(1), hash(-1), hash(100), hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 100))
print(hash(1.0), hash(1.5), hash(-0.0), hash(0.1))
print(hash(True), hash(False), hash(None) == hash(None))
print(hash((1, 2)), hash(()), hash((1, (2, 3))))
print(hash((1, 2)) == hash((1.0, 2)), hash('abc') == hash('abc'))
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
x = 'interned?'
print(id(x) == id(x), type(id(a)).__name__)
try:
    hash([])
except TypeError as e:
    print('TypeError:', e)
try:
    hash({})
except TypeError as e:
    print('TypeError:', e)
