# abs() and divmod() dispatch to __abs__ and __divmod__/__rdivmod__
class V:
    def __init__(self, x): self.x = x
    def __abs__(self): return ('abs', self.x)
    def __divmod__(self, o): return ('divmod', self.x, o)
    def __rdivmod__(self, o): return ('rdivmod', o, self.x)
print(abs(V(-3)), divmod(V(7), 2), divmod(7, V(2)))
print(abs(-7), abs(-7.5), abs(-0.0), abs(3 - 4j), abs(True), abs(-2 ** 100), type(abs(False)).__name__)
print(divmod(-7, 2), divmod(7, -2.0), divmod(True, 2), divmod(2 ** 70, 3))
for bad in (lambda: abs('x'), lambda: abs(), lambda: divmod(1), lambda: divmod(1, 'a'), lambda: divmod(1j, 1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
