# Benchmark: list, dict and set comprehensions over 250,000 elements.
N = 250_000

numbers = [i for i in range(N)]
squares = [n * n for n in numbers]
odd_squares = [s for s in squares if s % 2 == 1]
pairs = [(n, n % 10) for n in numbers if n % 3 == 0]
lengths = [len(str(n)) for n in numbers]
buckets = {d: [n for n in range(d, 1000, 10)] for d in range(10)}
distinct = {n % 1009 for n in numbers}
nested = [x + y for x in range(500) for y in range(500) if (x + y) % 2 == 0]

print("squares:", len(squares), squares[-1])
print("odd squares:", len(odd_squares), sum(odd_squares) % 1_000_000_007)
print("pairs:", len(pairs), pairs[-1])
print("digits:", sum(lengths))
print("buckets:", len(buckets), sum(len(v) for v in buckets.values()))
print("distinct residues:", len(distinct))
print("nested:", len(nested), sum(nested))
print("checksum:", (sum(squares) + sum(lengths) + len(nested) + sum(nested)) % 1_000_000_007)
