# keys that compare equal and hash equal collapse into one entry
d = {1: 'a', 1.0: 'b', True: 'c'}
print(d, len(d))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(1), hash(1.0), hash(True), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61))
e = {0: 'zero'}
e[False] = 'false'
e[0.0] = 'float zero'
print(e)
print({1.5: 'x'}[1.5], {2: 'int'}[2.0], {True: 't'}[1])
f = {}
f[2.0] = 'first'
f[2] = 'second'
print(f, type(list(f)[0]).__name__)
print(1 in {1.0: 0}, 1.0 in {True: 0}, 0 in {False: 0})
print(hash((1, 2)) == hash((1.0, 2.0)), {(1, 2): 'x'}[(1.0, 2)])
print(hash(1 + 0j) == hash(1), {complex(3, 0): 'c'}[3])
