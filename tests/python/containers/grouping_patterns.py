# common container idioms: grouping with setdefault, counting with get, inverting, dedupe preserving order
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apple', 'banana', 'apple']
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {}
for w, c in counts.items():
    inverted.setdefault(c, []).append(w)
print(inverted)
print(list(dict.fromkeys(words)), sorted(set(words)), len(words) - len(set(words)))
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(r) for r in zip(*matrix)], [sum(col) for col in zip(*matrix)])
pairs = [('a', 1), ('b', 2), ('a', 3)]
merged = {}
for k, v in pairs:
    merged[k] = merged.get(k, []) + [v]
print(merged, dict(pairs))
