# a generator function and a hand-written iterator class produce the same protocol
def gen_range(start, stop, step=1):
    i = start
    while (step > 0 and i < stop) or (step < 0 and i > stop):
        yield i
        i += step
class ClassRange:
    def __init__(self, start, stop, step=1):
        self.i, self.stop, self.step = start, stop, step
    def __iter__(self):
        return self
    def __next__(self):
        if (self.step > 0 and self.i >= self.stop) or (self.step < 0 and self.i <= self.stop):
            raise StopIteration
        v = self.i
        self.i += self.step
        return v
for args in ((0, 5), (10, 0, -3), (0, 1, 5), (3, 3)):
    a, b, c = list(gen_range(*args)), list(ClassRange(*args)), list(range(*args))
    print(args, a, a == b == c)
cr = ClassRange(0, 3)
print(iter(cr) is cr, next(cr), list(cr), list(cr))
