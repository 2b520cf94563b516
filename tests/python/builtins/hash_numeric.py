# hashes of numbers are deterministic: equal numbers hash equal across int, float and complex
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 64)))
print(hash(1.0) == hash(1), hash(1.5), hash(-0.0), hash(0.5), hash(1e100) == hash(int(1e100)), hash(float('inf')), hash(float('-inf')))
print(hash(True), hash(False), hash(1 + 0j) == hash(1), hash(2j), hash(1 + 2j))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash(frozenset()) , hash(None) == hash(None), hash(range(3)) == hash(range(0, 3)))
print(hash(10 ** 20) == hash(10 ** 20 % (2 ** 61 - 1)), {1: 'a', 1.0: 'b'}, {2 ** 61 - 1: 'x', 0: 'y'})
