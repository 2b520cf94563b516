# infinite generators consumed with manual limits
def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    it = iter(it)
    out = []
    for _ in range(n):
        out.append(next(it))
    return out
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def cycle(items):
    while True:
        yield from items
print(take(5, naturals(10)))
print(take(10, primes()))
print(take(12, fib()))
print(take(7, cycle('abc')))
for i, p in zip(range(3), primes()):
    print(i, p)
for f in fib():
    if f > 100:
        print('first fib over 100:', f)
        break
