# a non-data descriptor that caches its value in the instance dict on first access
class cached:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        print('computing', self.name)
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value
class Data:
    def __init__(self, xs): self.xs = xs
    @cached
    def total(self):
        return sum(self.xs)
    @cached
    def mean(self):
        return self.total / len(self.xs)
d = Data([1, 2, 3, 6])
print(d.total, d.total, d.mean, d.mean)
print(sorted(vars(d)))
del d.total
print(d.total)
print(type(Data.total).__name__)
