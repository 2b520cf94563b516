# a user iterable works with every construct that consumes iterables
class Squares:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(1, self.n + 1):
            yield i * i
sq = Squares(4)
for x in sq:
    print('for', x)
a, b, *rest = sq
print(a, b, rest)
print(9 in sq, 10 in sq)
print(list(sq), tuple(sq), set(sq) == {1, 4, 9, 16}, sum(sq), min(sq), max(sq))
print(sorted(sq, reverse=True), list(reversed(list(sq))))
print(list(zip(sq, 'abcd')), list(map(str, sq)), list(enumerate(sq, 1)))
print(dict(zip('wxyz', sq)), ','.join(map(str, sq)), any(x > 10 for x in sq), all(sq))
print([*sq, *sq][:5], {*Squares(2)}, [x for x in sq if x % 2])
print(list(filter(lambda v: v > 3, sq)), dict.fromkeys(Squares(2)))
class Pairs:
    def __iter__(self): return iter([('k1', 1), ('k2', 2)])
print(dict(Pairs()), list(dict(Pairs()).items()))
print(' '.join(iter(['joined', 'words'])), bytes(iter([104, 105])))
print(list(iter(sq)), iter(iter(sq)) is not None)
