# Benchmark: dict inserts, lookups, updates, deletes, get/setdefault, iteration over keys/values/items.
N = 300_000


def run(tag):
    table = {}
    for i in range(N):
        table[f"{tag}{i}"] = i

    hits = 0
    lookup_sum = 0
    for i in range(0, 2 * N, 2):
        key = f"{tag}{i}"
        if key in table:
            hits += 1
            lookup_sum += table[key]

    for i in range(0, N, 3):
        table[f"{tag}{i}"] += 1_000

    removed = 0
    for i in range(0, N, 5):
        del table[f"{tag}{i}"]
        removed += 1

    by_residue = {}
    for value in table.values():
        r = value % 7
        by_residue[r] = by_residue.get(r, 0) + 1

    groups = {}
    for key, value in table.items():
        groups.setdefault(len(key), []).append(value)

    int_keys = {}
    for i in range(N):
        int_keys[i * 7919 % N] = i
    missing = sum(1 for i in range(N, N + 50_000) if int_keys.get(i) is None)
    inverted = {v: k for k, v in int_keys.items() if v % 4 == 0}
    key_sum = 0
    for k in int_keys:
        key_sum += k

    result = (sum(table.values()) + lookup_sum + hits + removed + missing + key_sum
              + sum(len(v) * k for k, v in groups.items()) + len(inverted)
              + sum(c * r for r, c in by_residue.items()))
    return len(table), sorted(by_residue.items()), result % 1_000_000_007


def main():
    checksum = 0
    for tag in ("key", "k", "entry_", "x"):
        size, residues, result = run(tag)
        print(tag, "size:", size, "residues:", residues, "result:", result)
        checksum = (checksum * 31 + result) % 1_000_000_007
    print("checksum:", checksum)


main()
