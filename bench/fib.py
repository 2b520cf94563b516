# Benchmark: naive recursive Fibonacci -- function-call and small-int arithmetic overhead.
# fib(34) makes about 18 million calls; the program runs fib(34), fib(33), fib(32) and fib(31).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    results = []
    for n in (34, 33, 32, 31):
        results.append(fib(n))
    checksum = 0
    for value in results:
        checksum = (checksum * 1_000_003 + value) % 1_000_000_007
    print("fib(34..31) =", results)
    print("checksum:", checksum)


main()
