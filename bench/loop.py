# Benchmark: a plain 10-million-iteration for loop with a small integer body, then a 10-million-step
# while loop -- raw interpreter dispatch.
N = 10_000_000


def main():
    total = 0
    flips = 0
    for i in range(N):
        total += i & 1023
        if i % 3 == 0:
            flips += 1
    count = 0
    while count < N:
        count += 1
    print("total:", total, "flips:", flips, "count:", count)
    print("checksum:", (total * 7 + flips + count) % 1_000_000_007)


main()
