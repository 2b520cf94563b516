# StopIteration carries a value; generators use it for return values
e = StopIteration(42)
print(e.value, e.args, repr(e))
print(StopIteration().value, StopIteration(1, 2).value)
def gen():
    yield 1
    return 'result'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('return value:', e.value)
try:
    next(g)
except StopIteration as e:
    print('exhausted again:', e.value)
try:
    next(iter([]))
except StopIteration as e:
    print('list iterator:', e.value, e.args)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration('custom')
print(list(It()))
try:
    next(It())
except StopIteration as e:
    print(e.value)
print(issubclass(StopIteration, Exception), issubclass(StopAsyncIteration, Exception))
