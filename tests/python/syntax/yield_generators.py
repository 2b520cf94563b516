# simple generators with yield
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
g = fib()
print([next(g) for _ in range(10)])
def with_return():
    yield 1
    yield 2
    return 'done'
gen = with_return()
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print('StopIteration value:', e.value)
def trace():
    print('  started')
    yield 'a'
    print('  resumed')
    yield 'b'
    print('  finishing')
for v in trace():
    print('got', v)
def delegate():
    yield 'start'
    yield from count_up(3)
    yield from 'xy'
    yield 'end'
print(list(delegate()))
def echo():
    received = yield 'ready'
    while True:
        received = yield f'echo {received}'
e = echo()
print(next(e), e.send('hi'), e.send(42))
def squares(nums):
    for n in nums:
        if n < 0:
            return
        yield n * n
print(list(squares([1, 2, -1, 3])))
