# four ways to handle missing keys: get, setdefault, try/except KeyError, and a __missing__ subclass
text = 'the cat and the hat and the bat'
counts1 = {}
for w in text.split():
    counts1[w] = counts1.get(w, 0) + 1
counts2 = {}
for w in text.split():
    counts2.setdefault(w, 0)
    counts2[w] += 1
counts3 = {}
for w in text.split():
    try:
        counts3[w] += 1
    except KeyError:
        counts3[w] = 1
class Counter(dict):
    def __missing__(self, key):
        return 0
counts4 = Counter()
for w in text.split():
    counts4[w] += 1
print(counts1)
print(counts1 == counts2 == counts3 == counts4, type(counts4).__name__, counts4['absent'], 'absent' in counts4)
positions = {}
for i, w in enumerate(text.split()):
    positions.setdefault(w, []).append(i)
print(positions)
