# Benchmark: spectral norm of the infinite matrix A(i, j) = 1 / ((i + j)(i + j + 1) / 2 + i + 1),
# by power iteration -- float division and multiplication in tight nested loops, zip and sum.
SIZE = 500
ITERATIONS = 10


def entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def times(u):
    n = len(u)
    return [sum(entry(i, j) * u[j] for j in range(n)) for i in range(n)]


def times_transposed(u):
    n = len(u)
    return [sum(entry(j, i) * u[j] for j in range(n)) for i in range(n)]


def times_ata(u):
    return times_transposed(times(u))


def sqrt(x):
    """Square root by Newton's method (only + - * /)."""
    r = x if x > 1.0 else 1.0
    while True:
        nxt = 0.5 * (r + x / r)
        if nxt >= r:
            return r
        r = nxt


def main():
    u = [1.0] * SIZE
    v = u
    for _ in range(ITERATIONS):
        v = times_ata(u)
        u = times_ata(v)
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    norm = sqrt(vbv / vv)
    print(f"spectral norm ({SIZE}): {norm:.9f}")
    print(f"checksum: {vbv:.6e} {vv:.6e} {sum(u[:10]):.9f}")


main()
