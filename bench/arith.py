# Benchmark: 5 million steps of mixed integer arithmetic (+ - * // % << >> & | ^, abs, divmod, comparisons).
STEPS = 5_000_000


def main():
    a, b, c = 12_345, 67_890, 1
    acc = 0
    mask = (1 << 31) - 1
    for i in range(STEPS):
        a = (a * 1_103_515_245 + 12_345) & mask
        b = (b ^ (a >> 7)) + (i % 13)
        c = (c + a // (b | 1) - (b % 97)) % 1_000_003
        if a > b:
            acc += (a - b) % 1_000
        else:
            acc -= abs(a - b) % 999
        acc ^= c << 2
    q, r = divmod(acc, 65_537)
    print("a:", a, "b:", b, "c:", c, "acc:", acc)
    print("checksum:", (q * 3 + r + a + b + c) % 1_000_000_007)


main()
