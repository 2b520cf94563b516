# generator expressions are lazy and single-use
g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))
print(sum(x * x for x in range(10)))
print(max(len(w) for w in ['a', 'abc', 'ab']))
print(tuple(c.upper() for c in 'hey' if c != 'e'))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in []))
print(sorted((y for y in [3, 1, 2]), reverse=True))
log = []
def noisy(n):
    log.append(n)
    return n
gen = (noisy(i) for i in range(3))
print('created', log)
print(next(gen), log)
print(list(gen), log)
pairs = ((a, b) for a in range(2) for b in range(2))
print(list(pairs))
print(dict((k, len(k)) for k in ['one', 'three']))
