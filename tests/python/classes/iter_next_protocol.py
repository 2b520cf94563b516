# user iterators: __iter__ returning self, __next__ raising StopIteration
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, 'end'))
for x in Countdown(2):
    print('loop', x)
class Iterable:
    def __init__(self, items): self.items = items
    def __iter__(self):
        return iter(self.items)
it = Iterable('ab')
print(list(it), list(it))
a, b = Iterable([1, 2])
print(a, b)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
try:
    for x in 42: pass
except TypeError as e:
    print('TypeError:', e)
class NoNext:
    pass
try:
    next(NoNext())
except TypeError as e:
    print('TypeError:', e)
