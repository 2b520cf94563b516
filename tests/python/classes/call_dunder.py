# __call__ makes instances callable
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [1, 2, 3])))
class Counter:
    def __init__(self): self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print('TypeError:', e)
print(callable(NotCallable()), callable(print), callable(1))
class Chain:
    def __call__(self, x):
        return Chain() if x else 'end'
print(Chain()(1)(1)(0))
