# builtins that require integers accept objects with __index__
class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(hex(N(255)), oct(N(8)), bin(N(5)), chr(N(65)), 'abc'[N(1)], [1, 2, 3][N(-1)], range(N(3)), list(range(N(1), N(7), N(2))))
print('x' * N(3), [0] * N(2), bytes(N(2)), (N(4)).__index__(), format(N(10).__index__(), 'b'), round(3.14159, N(2)))
print('abcdef'[N(1):N(5):N(2)], int(N(9)), (10).to_bytes(N(2), 'big'), [10, 20, 30].pop(N(1)))
class NotIndex:
    def __int__(self): return 3
for bad in (lambda: hex(NotIndex()), lambda: 'abc'[NotIndex()], lambda: range(NotIndex()), lambda: chr(NotIndex()), lambda: [0] * NotIndex()):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
