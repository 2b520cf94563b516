# Word statistics: a generator tokenizer, counting, ranking with ties, histograms, a Caesar cipher and word wrapping.
"""Word statistics over a built-in text: normalisation, counting with dicts, ranking with ties, a histogram,
sentence splitting, simple ciphers and a word-wrap, all written by hand."""
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. We had everything before us; we had nothing before us!
Were we all going direct to Heaven? We were all going direct the other way — in short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of comparison only."""

def words(text):
    word = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            yield ''.join(word)
            word = []
    if word:
        yield ''.join(word)

counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
print(len(counts), sum(counts.values()))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
rank, prev = 0, None
for i, (w, c) in enumerate(ranked[:12], 1):
    if c != prev:
        rank, prev = i, c
    print(f"{rank:>3}. {w:<12} {c:>3} {'#' * c}")

lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(f"{n:2d}: {len(lengths[n]):3d} {', '.join(sorted(lengths[n])[:5])}")

sentences = []
current = ''
for ch in TEXT.replace('\n', ' '):
    current += ch
    if ch in '.!?':
        sentences.append(current.strip())
        current = ''
print(len(sentences), [len(s.split()) for s in sentences])

def caesar(s, k):
    out = []
    for ch in s:
        if 'a' <= ch <= 'z':
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif 'A' <= ch <= 'Z':
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    return ''.join(out)
secret = caesar(sentences[-1], 13)
print(secret[:60])
print(caesar(secret, -13) == sentences[-1])

def wrap(text, width):
    line, lines = '', []
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    if line:
        lines.append(line)
    return lines
for l in wrap(TEXT, 50):
    print(f"|{l:<50}|")
for l in wrap(TEXT, 30)[:4]:
    print(f"|{l:^30}|")
vowels = {v: sum(w.count(v) * c for w, c in counts.items()) for v in 'aeiou'}
print(vowels, max(vowels, key=vowels.get))
print(sorted(set(TEXT) - set('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ')))
print(TEXT.count('it was'), TEXT.find('Heaven'), TEXT.rfind('of'), TEXT.title()[:40], TEXT.swapcase()[:20])
print(' '.join(w[::-1] for w in sentences[0].split()[:6]), [w for w in counts if w == w[::-1] and len(w) > 1])
