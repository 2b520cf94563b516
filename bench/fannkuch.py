# Benchmark: fannkuch-redux -- for every permutation of 1..n, count the prefix reversals ("pancake
# flips") until 1 comes first; runs n = 3..9, then 9 twice more. Exercises list slicing, slice assignment,
# reversal and index juggling.
N = 9


def fannkuch(n):
    perm_source = list(range(n))
    counts = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    permutations = 0
    remaining = n
    while True:
        while remaining > 1:
            counts[remaining - 1] = remaining
            remaining -= 1

        perm = perm_source[:]
        flips = 0
        first = perm[0]
        while first:
            perm[:first + 1] = perm[first::-1]
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        checksum += sign * flips
        sign = -sign
        permutations += 1

        # Next permutation in the counting order.
        while True:
            if remaining == n:
                return max_flips, checksum, permutations
            head = perm_source[0]
            for i in range(remaining):
                perm_source[i] = perm_source[i + 1]
            perm_source[remaining] = head
            counts[remaining] -= 1
            if counts[remaining] > 0:
                break
            remaining += 1


def main():
    total = 0
    for n in range(3, N + 1):
        max_flips, checksum, permutations = fannkuch(n)
        print(f"Pfannkuchen({n}) = {max_flips}, checksum {checksum}, {permutations} permutations")
        total = total * 31 + max_flips * 1_000 + checksum
    for _ in range(2):
        max_flips, checksum, permutations = fannkuch(N)
        total += checksum
    print("checksum:", total)


main()
