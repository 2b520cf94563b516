# word frequency count with deterministic (sorted) output
text = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.
"""
counts = {}
for raw in text.split():
    word = raw.strip('.,;:!?').lower()
    if word:
        counts[word] = counts.get(word, 0) + 1
print('total words:', sum(counts.values()), 'distinct:', len(counts))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in ranked[:8]:
    print(f'{word:<12}{n:>3} {"#" * n}')
singles = sorted(w for w, n in counts.items() if n == 1)
print('appear once:', ', '.join(singles))
by_length = {}
for w in counts:
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, sorted(by_length[length]))
