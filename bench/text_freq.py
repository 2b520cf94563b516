# Benchmark: text processing on a generated corpus -- building words from syllables, joining lines,
# split/strip/lower, word and bigram counts in dicts (str and tuple keys), character histograms,
# sorting with keys, str.replace/startswith and f-string reports.
WORDS = 250_000
VOCABULARY = 3_000
SYLLABLES = ["ka", "ro", "mi", "ten", "sa", "lu", "vor", "e", "an", "is", "qu", "bel", "dra", "no",
             "th", "ix", "po", "ul", "ser", "wa"]
PUNCTUATION = [",", ".", ";", "!", "?", ""]


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1_103_515_245 + 12_345) % 2_147_483_648
        return (self.state >> 4) % n


def make_vocabulary(rng):
    words = set()
    while len(words) < VOCABULARY:
        parts = [SYLLABLES[rng.below(len(SYLLABLES))] for _ in range(1 + rng.below(4))]
        words.add("".join(parts))
    return sorted(words)


def make_corpus(rng, vocabulary):
    lines = []
    line = []
    for i in range(WORDS):
        # Skewed choice: small indices are much more frequent (roughly Zipf-like).
        index = rng.below(VOCABULARY)
        index = index * rng.below(VOCABULARY) // VOCABULARY
        word = vocabulary[index]
        if rng.below(12) == 0:
            word = word.capitalize()
        line.append(word + PUNCTUATION[rng.below(len(PUNCTUATION)) if i % 7 == 0 else -1])
        if len(line) >= 8 + rng.below(8):
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def analyse(text):
    counts = {}
    bigrams = {}
    chars = {}
    previous = None
    lengths = [0] * 20
    for line in text.split("\n"):
        for raw in line.split():
            word = raw.strip(",.;!?").lower()
            if not word:
                continue
            counts[word] = counts.get(word, 0) + 1
            lengths[min(len(word), 19)] += 1
            if previous is not None:
                key = (previous, word)
                bigrams[key] = bigrams.get(key, 0) + 1
            previous = word
    for ch in text:
        chars[ch] = chars.get(ch, 0) + 1
    return counts, bigrams, chars, lengths


def main():
    rng = Random(42)
    vocabulary = make_vocabulary(rng)
    text = make_corpus(rng, vocabulary)
    counts, bigrams, chars, lengths = analyse(text)
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:10]
    top_bigrams = sorted(bigrams.items(), key=lambda item: (-item[1], item[0]))[:5]
    longest = sorted(counts, key=lambda w: (-len(w), w))[:3]
    letters = sorted(((n, ch) for ch, n in chars.items() if ch.isalpha()), reverse=True)[:5]
    rare = sum(1 for n in counts.values() if n == 1)
    starting = sum(n for w, n in counts.items() if w.startswith("ka"))
    censored = text.replace("vor", "***").count("***")
    print("text:", len(text), "chars,", text.count("\n") + 1, "lines,", len(counts), "distinct words")
    for word, n in top:
        print(f"  {word:<16}{n:>7}")
    print("bigrams:", ", ".join(f"{a} {b}={n}" for (a, b), n in top_bigrams))
    print("longest:", longest, "letters:", letters)
    print("lengths:", lengths)
    print("rare:", rare, "ka-words:", starting, "censored:", censored)
    checksum = len(text) + rare * 3 + starting * 5 + censored * 7
    for word, n in sorted(counts.items()):
        checksum = (checksum * 31 + n * len(word)) % 1_000_000_007
    for (a, b), n in sorted(bigrams.items())[:5000]:
        checksum = (checksum * 17 + n + len(a) - len(b)) % 1_000_000_007
    print("checksum:", checksum)


main()
