# Benchmark: string building with f-strings and format specs, join, split, upper/lower, replace,
# find, startswith, strip, slicing, concatenation and character iteration.
N = 1_000_000


def main():
    pieces = []
    length_total = 0
    vowel_count = 0
    found_total = 0
    for i in range(N):
        line = f"item-{i:06d}:{i % 97}:{'even' if i % 2 == 0 else 'odd'}:{i * 0.5:.1f}"
        parts = line.split(":")
        name = parts[0].upper().replace("ITEM", "Entry")
        joined = "|".join([name, parts[1], parts[2], parts[3]])
        length_total += len(joined)
        found_total += joined.find("|") + joined.count("0")
        if joined.startswith("Entry-00") and joined.endswith("odd|"):
            found_total += 1
        padded = ("  " + parts[2] + "  ").strip()
        length_total += len(padded) + len(name[2:7])
        if i % 2_000 == 0:
            pieces.append(joined)
            vowel_count += sum(1 for ch in joined.lower() if ch in "aeiou")

    report = "\n".join(pieces)
    words = report.replace("|", " ").replace("\n", " ").split()
    rebuilt = ""
    for w in words[:2_000]:
        rebuilt += w[::-1] + ","
    print("lines kept:", len(pieces))
    print("first:", pieces[0])
    print("last:", pieces[-1])
    print("report length:", len(report), "vowels:", vowel_count, "words:", len(words))
    print("rebuilt:", len(rebuilt), rebuilt[:40])
    print("checksum:", (length_total * 7 + len(report) + found_total * 3 + len(rebuilt)) % 1_000_000_007)


main()
