# Benchmark: 100,000 iterations of string building with f-strings, join, split, upper, replace.
N = 100_000

pieces = []
length_total = 0
vowel_count = 0
for i in range(N):
    line = f"item-{i:06d}:{i % 97}:{'even' if i % 2 == 0 else 'odd'}"
    parts = line.split(":")
    name = parts[0].upper().replace("ITEM", "Entry")
    joined = "|".join([name, parts[1], parts[2]])
    length_total += len(joined)
    if i % 1000 == 0:
        pieces.append(joined)
        vowel_count += sum(1 for ch in joined.lower() if ch in "aeiou")

report = "\n".join(pieces)
print("lines kept:", len(pieces))
print("first:", pieces[0])
print("last:", pieces[-1])
print("report length:", len(report), "vowels:", vowel_count)
print("checksum:", (length_total * 7 + len(report)) % 1_000_000_007)
