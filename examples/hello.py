# Krait quick-start demo: a few lines of everyday Python.

print("Hello from Krait!")
print()

# 1. Primes below 60, found with a simple sieve.
limit = 60
is_prime = [True] * limit
is_prime[0] = is_prime[1] = False
for n in range(2, int(limit ** 0.5) + 1):
    if is_prime[n]:
        for multiple in range(n * n, limit, n):
            is_prime[multiple] = False
primes = [n for n in range(limit) if is_prime[n]]
print(f"{len(primes)} primes below {limit}: {primes}")
print()

# 2. Word count over an embedded text, most frequent first.
text = """
The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs off into the quiet brown woods.
"""
counts = {}
for word in text.lower().split():
    word = word.strip(".,;")
    counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:5]
print("Top words:")
for word, n in top:
    print(f"  {word:<6} {n} {'*' * n}")
print()

# 3. A small table with f-string formatting.
planets = [("Mercury", 0.39, 88), ("Venus", 0.72, 225), ("Earth", 1.00, 365), ("Mars", 1.52, 687)]
print(f"{'Planet':<8} {'AU':>5} {'Days':>5} {'Years':>6}")
for name, au, days in planets:
    print(f"{name:<8} {au:>5.2f} {days:>5} {days / 365.25:>6.2f}")
print(f"Average orbit: {sum(p[2] for p in planets) / len(planets):.1f} days")
