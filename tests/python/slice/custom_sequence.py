# a class implementing __getitem__/__len__ receives slice objects
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('Seq index out of range')
        return i * i
sq = Seq(6)
print(len(sq), sq[2], sq[-1], sq[1:4], sq[::-2], sq[:])
print(list(sq), 16 in sq, 17 in sq)
for v in sq:
    print(v, end=';')
print()
try:
    sq[6]
except IndexError as e:
    print('IndexError:', e)
