# Benchmark: 250,000 dict inserts, lookups, updates and deletes.
N = 250_000

table = {}
for i in range(N):
    table[f"key{i}"] = i

hits = 0
lookup_sum = 0
for i in range(0, 2 * N, 2):
    key = f"key{i}"
    if key in table:
        hits += 1
        lookup_sum += table[key]

for i in range(0, N, 3):
    table[f"key{i}"] += 1_000

removed = 0
for i in range(0, N, 5):
    del table[f"key{i}"]
    removed += 1

by_residue = {}
for value in table.values():
    r = value % 7
    by_residue[r] = by_residue.get(r, 0) + 1

print("size:", len(table), "hits:", hits, "removed:", removed)
print("lookup sum:", lookup_sum)
print("residues:", sorted(by_residue.items()))
print("checksum:", (sum(table.values()) + lookup_sum + hits) % 1_000_000_007)
