# sum() with start as positional or keyword, numeric tower, and refusal of strings and bytes
print(sum([1, 2, 3], 10), sum([1, 2], start=5), sum([[1], [2, 3]], start=[]), sum([(1,), (2,)], ()), sum(range(5), -10))
print(sum([0.1] * 10), sum([1, 2.5, 3j]), sum([True, True, 3]), sum([], 0.0), type(sum([])).__name__, sum(iter([1, 2])))
print(sum([10 ** 20, 1, -10 ** 20]), sum([1e100, 1.0, -1e100]), sum(x / 10 for x in range(11)))
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o): return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
print(sum([Money(5), Money(7)]).c, sum([Money(1)], Money(100)).c)
for bad in (lambda: sum(['a', 'b'], ''), lambda: sum([b'a'], b''), lambda: sum([bytearray(b'a')], bytearray()), lambda: sum(['a']),
            lambda: sum(1), lambda: sum([1], 2, 3), lambda: sum([[1]])):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
