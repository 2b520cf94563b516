# Benchmark: find the primes between 25,000 and 30,000 by trial division.
LOW, HIGH = 25_000, 30_000

def is_prime(n):
    if n < 2:
        return False
    divisor = 2
    while divisor * divisor <= n:
        if n % divisor == 0:
            return False
        divisor += 1
    return True

found = []
for candidate in range(LOW, HIGH + 1):
    if is_prime(candidate):
        found.append(candidate)

print("primes found:", len(found))
print("first:", found[:5])
print("last:", found[-5:])
print("checksum:", sum(found))
