# Benchmark: arbitrary-precision integers -- factorials, Fibonacci numbers by iteration and by fast
# doubling, digits of pi by an unbounded spigot, modular exponentiation and digit sums by divmod.
PI_DIGITS = 4_500
FACTORIAL = 6_000
FIB_ITER = 150_000
FIB_DOUBLING = 1_000_000
MOD = 1_000_000_007


def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result


def fib_iterative(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fib_doubling(n):
    """Returns (F(n), F(n + 1)) using F(2k) = F(k)(2F(k+1) - F(k)), F(2k+1) = F(k)^2 + F(k+1)^2."""
    if n == 0:
        return 0, 1
    a, b = fib_doubling(n >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n & 1:
        return d, c + d
    return c, d


def pi_digits(count):
    """Gibbons' unbounded spigot: yields decimal digits of pi using only integer arithmetic."""
    q, r, t, k, digit, x = 1, 0, 1, 1, 3, 3
    produced = 0
    while produced < count:
        if 4 * q + r - t < digit * t:
            yield digit
            produced += 1
            q, r, digit = 10 * q, 10 * (r - digit * t), (10 * (3 * q + r)) // t - 10 * digit
        else:
            q, r, t, k, digit, x = (q * k, (2 * q + r) * x, t * x, k + 1,
                                    (q * (7 * k + 2) + r * x) // (t * x), x + 2)


def digit_sum(n):
    """Sum of decimal digits, peeling 18 digits at a time with divmod."""
    chunk = 10 ** 18
    total = 0
    while n:
        n, low = divmod(n, chunk)
        while low:
            low, d = divmod(low, 10)
            total += d
    return total


def main():
    fact = factorial(FACTORIAL)
    trailing = 0
    probe = fact
    while probe % 10 == 0:
        probe //= 10
        trailing += 1
    print(f"{FACTORIAL}! has {fact.bit_length()} bits, {trailing} trailing zeros, digit sum {digit_sum(fact)}")

    f_iter = fib_iterative(FIB_ITER)
    f_fast, _ = fib_doubling(FIB_ITER)
    print(f"F({FIB_ITER}) agree: {f_iter == f_fast}, bits {f_iter.bit_length()}, mod p {f_iter % MOD}")
    big, _ = fib_doubling(FIB_DOUBLING)
    print(f"F({FIB_DOUBLING}) bits {big.bit_length()}, mod p {big % MOD}, low digits {big % 10 ** 12}")

    digits = list(pi_digits(PI_DIGITS))
    print("pi:", "".join(str(d) for d in digits[:30]), "... last:", "".join(str(d) for d in digits[-10:]))

    power = pow(3, 10 ** 6, 2 ** 521 - 1)
    mixed = (fact // (f_iter | 1)) ^ (big >> 1000)
    print("pow mod mersenne bits:", power.bit_length(), "mixed bits:", mixed.bit_length())

    checksum = (digit_sum(fact) + f_iter % MOD + big % MOD + power % MOD + mixed % MOD) % MOD
    for d in digits:
        checksum = (checksum * 10 + d) % MOD
    print("checksum:", checksum)


main()
