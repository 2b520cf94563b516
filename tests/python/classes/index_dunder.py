# __index__ lets objects act as integers in indexing, slicing, range, hex/bin/oct
class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v
two, five = I(2), I(5)
lst = list('abcdefgh')
print(lst[two], lst[two:five], lst[::two], 'xyz'[I(1)])
print(list(range(five)), list(range(two, I(10), two)))
print(hex(I(255)), bin(five), oct(I(8)))
print([0] * two, 'ab' * I(3), (1,) * two)
print(I(3).__index__(), complex(1, 0) == 1)
print(bytes(I(3)), bytearray(two), [1, 2, 3].pop(I(0)))
print((1, 2, 3, 4)[I(-1)], slice(two, five).indices(10))
lst[two] = 'C'
del lst[I(0)]
print(''.join(lst))
print(round(2.567, I(2)), 'abcabc'.index('c', I(3)))
class Bad:
    def __index__(self): return 1.5
try:
    [1, 2][Bad()]
except TypeError as e:
    print('TypeError:', e)
try:
    key = '0'
    [1, 2][key]
except TypeError as e:
    print('TypeError:', e)
class NoIndex: pass
try:
    range(NoIndex())
except TypeError as e:
    print('TypeError:', e)
