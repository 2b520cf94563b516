# primality testing and prime factorisation by trial division
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True
def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors
def fmt(factors):
    return ' * '.join(f'{p}^{e}' if e > 1 else str(p) for p, e in factors.items())
print([n for n in range(50) if is_prime(n)])
for n in [2, 12, 97, 360, 1001, 65536, 999999, 600851475143, 2 ** 31 - 1]:
    print(f'{n} = {fmt(factorize(n))}' + (' (prime)' if is_prime(n) else ''))
print(sum(n for n in range(2, 20000) if is_prime(n)))
mersenne = [p for p in range(2, 32) if is_prime(p) and is_prime(2 ** p - 1)]
print('Mersenne exponents below 32:', mersenne)
