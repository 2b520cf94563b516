# bool is an int subclass; True/False behave as 1/0 in arithmetic and indexing
print(issubclass(bool, int), bool.__mro__ == (bool, int, object), type(True + True).__name__)
print(True + True, True * 10, -True, ~False, True / 2, True // 2, True ** 10)
print(['no', 'yes'][True], {1: 'one'}[True], hash(True) == hash(1), True == 1.0)
print(True & False, True | False, True ^ True, type(True & False).__name__, type(True & 1).__name__)
print(repr(True), str(False), int(True), float(False), f'{True:d}', f'{True}', f'{True:>6}')
print(sum([True, True, False]), max(False, True), sorted([True, 0, False, 1]))
print(bool.__name__, isinstance(False, int), len({1, True, 1.0}))
