# bitwise operators on bools return bools; arithmetic returns ints
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(True & 3, True | 2, type(True & 3).__name__)
print(~True, ~False, -True, +True)
print(True + 0, True - True, True * False, True / True, True // True, True % 2)
print(True ** 10, 2 ** True, True << 3, True >> 1)
print(divmod(True, True), abs(False))
print(True == 1.0, True != 'True', True in [1], 1 in [True])
class Truthy:
    def __bool__(self):
        print('  __bool__ called')
        return False
class Sized:
    def __len__(self):
        return 0
print(bool(Truthy()), bool(Sized()))
print('and' if Truthy() else 'falsy')
