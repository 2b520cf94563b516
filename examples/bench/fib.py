# Benchmark: naive recursive Fibonacci, fib(30) (about 1.3 million calls).
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

result = fib(30)
print("fib(30) =", result)
print("checksum:", result % 1000003)
