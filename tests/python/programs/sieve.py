# Sieve of Eratosthenes
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]
primes = sieve(200)
print(primes)
print('count below 200:', len(primes))
big = sieve(100_000)
print('count below 100000:', len(big), 'largest:', big[-1])
twins = [(a, b) for a, b in zip(big, big[1:]) if b - a == 2]
print('twin pairs:', len(twins), twins[:5], twins[-1])
gaps = {}
for a, b in zip(big, big[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
for gap in sorted(gaps)[:6]:
    print(f'gap {gap:2}: {gaps[gap]}')
