# Collatz sequences: longest chain below a bound, with memoisation
def collatz(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq
print(collatz(6))
print(len(collatz(27)), max(collatz(27)))
cache = {1: 1}
def chain_length(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = cache[n]
    for m in reversed(path):
        length += 1
        cache[m] = length
    return length
best = max(range(1, 100_000), key=chain_length)
print('longest below 100000:', best, chain_length(best))
print([chain_length(n) for n in range(1, 16)])
