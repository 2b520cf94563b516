# container operations use __eq__, with an identity shortcut
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print('eq called', self.v, getattr(o, 'v', o))
        return isinstance(o, E) and self.v == o.v
    __hash__ = None
x = E(1)
lst = [E(0), x, E(2)]
print(x in lst)
print(E(2) in lst)
print(lst.index(E(2)))
print(lst.count(E(0)))
lst.remove(E(2))
print(len(lst))
class Never:
    def __eq__(self, o): return False
n = Never()
print(n in [n], n == n, [n] == [n], (n,) == (n,))
nan = float('nan')
print(nan in [nan], [nan] == [nan], nan == nan)
print([E(1)] == [E(1)])
