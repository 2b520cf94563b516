# Benchmark: list, dict and set comprehensions, nested comprehensions and generator expressions.
N = 400_000
ROUNDS = 9


def one_round(r):
    numbers = [i + r for i in range(N)]
    squares = [n * n for n in numbers]
    odd_squares = [s for s in squares if s % 2 == 1]
    pairs = [(n, n % 10) for n in numbers if n % 3 == 0]
    lengths = [len(str(n)) for n in numbers]
    buckets = {d: [n for n in range(d, 10_000 + r, 10)] for d in range(10)}
    distinct = {n % 1009 for n in numbers}
    nested = [x + y for x in range(500 + r) for y in range(500) if (x + y) % 2 == 0]
    matrix = [[i * j + r for j in range(150)] for i in range(150)]
    transposed = [[row[i] for row in matrix] for i in range(150)]
    flat = [v for row in transposed for v in row if v % 3]
    lookup = {n: n * 2 for n in range(0, N, 4)}
    doubled = sum(lookup[n] for n in range(0, N, 8))

    print("round", r, "squares:", len(squares), squares[-1], "odd:", len(odd_squares),
          "pairs:", len(pairs), pairs[-1], "buckets:", sum(len(v) for v in buckets.values()),
          "distinct:", len(distinct), "nested:", len(nested), "flat:", len(flat))
    return (sum(squares) + sum(odd_squares) + sum(lengths) + len(nested) + sum(nested) + sum(flat)
            + doubled + len(distinct) + sum(p[1] for p in pairs)) % 1_000_000_007


def main():
    checksum = 0
    for r in range(ROUNDS):
        checksum = (checksum * 31 + one_round(r)) % 1_000_000_007
    print("checksum:", checksum)


main()
