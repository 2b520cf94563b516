# Word frequencies, wrapping and aligned tables over text with non-ASCII letters, encodings and case mappings.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair. Café naïve résumé — “quotes” and ‘single’ — 日本語 text."""
import sys
def words(t):
    w = ""
    for ch in t:
        if ch.isalpha() or ch == "'":
            w += ch.lower()
        elif w:
            yield w
            w = ""
    if w:
        yield w
freq = {}
for w in words(text):
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:12]
width = max(len(w) for w, _ in top)
for rank, (w, c) in enumerate(top, 1):
    bar = "#" * c
    print(f"{rank:>2}. {w:<{width}} {c:>3} {bar}")
def wrap(t, width):
    lines, cur = [], []
    for w in t.split():
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(" ".join(cur))
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(" ".join(cur))
    return lines
for line in wrap(text, 38):
    print(f"|{line:^40}|")
for line in wrap(text, 30)[:4]:
    print(f"|{line:>32}|", line.title()[:20], line.swapcase()[:10], line.casefold()[:10])
stats = {
    "chars": len(text), "letters": sum(c.isalpha() for c in text), "upper": sum(c.isupper() for c in text),
    "digits": sum(c.isdigit() for c in text), "spaces": sum(c.isspace() for c in text),
    "non_ascii": sum(not c.isascii() for c in text), "lines": text.count("\n") + 1,
}
for k, v in stats.items():
    print(f"{k:.<20}{v:.>8}")
print(sorted(set(c for c in text if not c.isascii())))
print(text.encode("utf-8")[-30:], len(text.encode("utf-16")), text.encode("ascii", "replace")[-30:])
print(text.encode("ascii", "xmlcharrefreplace")[-60:], text.encode("ascii", "backslashreplace")[-40:])
print(ascii(text[-30:]))
print(text.split("\n")[3].rsplit(" ", 3), text.splitlines()[0].partition(","), text.rpartition("—"))
table = [("Name", "Qty", "Price"), ("Café", 3, 4.5), ("日本", 10, 12.25), ("naïve", 100, 0.5)]
for row in table:
    print(" | ".join(f"{str(c):<8}" if i == 0 else f"{str(c):>6}" for i, c in enumerate(row)))
print(sys.getdefaultencoding(), "ß".upper(), "ﬀ".upper(), "Ǆ".lower(), "ǆ".title())
