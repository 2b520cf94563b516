# Benchmark: prime numbers -- trial division (while loops, modulo) and a sieve (list indexing, slice assignment).
LOW, HIGH = 1_000_000, 1_300_000
SIEVE_LIMIT = 8_000_000


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    divisor = 3
    while divisor * divisor <= n:
        if n % divisor == 0:
            return False
        divisor += 2
    return True


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    p = 2
    while p * p <= limit:
        if flags[p]:
            flags[p * p::p] = [False] * ((limit - p * p) // p + 1)
        p += 1
    return flags


def main():
    found = [n for n in range(LOW, HIGH + 1) if is_prime(n)]
    flags = sieve(SIEVE_LIMIT)
    count = 0
    twins = 0
    weighted = 0
    previous = -10
    for n in range(SIEVE_LIMIT + 1):
        if flags[n]:
            count += 1
            weighted = (weighted + n * count) % 1_000_000_007
            if n - previous == 2:
                twins += 1
            previous = n
    agree = all(flags[n] for n in found)
    print("trial division:", len(found), found[:3], found[-3:])
    print("sieve:", count, "primes,", twins, "twin pairs, agree:", agree)
    print("checksum:", (sum(found) + weighted + twins) % 1_000_000_007)


main()
