# iter and next, with default and StopIteration
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
s = iter('ab')
print(list(s), list(s))
d = iter({'k1': 1, 'k2': 2})
print(next(d), next(d))
class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(CountDown(4)), sum(CountDown(10)))
for x in CountDown(2):
    print('cd', x)
calls = [0]
def next_value():
    calls[0] += 1
    return calls[0]
print(list(iter(next_value, 4)))
it2 = iter([])
print(iter(it2) is it2)
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
try:
    next([1])
except TypeError as e:
    print('TypeError:', e)
