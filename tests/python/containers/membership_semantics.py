# what `in` means for each container: equality, keys, hashing, substrings, ranges
print(1 in [1.0], 1.0 in {1}, True in {1: 'x'}, 'a' in {'a': 1}, 1 in {'a': 1}.values(), ('a', 1) in {'a': 1}.items())
print('ell' in 'hello', '' in 'abc', 3 in range(0, 10, 3), 4 in range(0, 10, 3), 3.0 in range(5), [1] in [[1], 2])
print(None in [None], (1, 2) in [(1, 2)], (1, 2) in {(1, 2)}, 2 in (1, 2), 'x' not in 'abc', b'b' in b'abc', 98 in b'abc')
class AlwaysEqual:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print(AlwaysEqual() in [1], AlwaysEqual() in {1}, 1 in [AlwaysEqual()])
try:
    [1] in {1}
except TypeError as e:
    print('TypeError:', e)
try:
    1 in 'abc'
except TypeError as e:
    print('TypeError:', e)
