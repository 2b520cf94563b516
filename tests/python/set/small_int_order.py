# int sets iterate in CPython hash-table order (hash(n) == n): ascending only while values are below the table size
print({5, 3, 1, 4, 2})
print(set([10, 0, 7]))
print({i * 2 for i in range(6)})
print({100, 50, 25} - {50})
s = set()
for n in [9, 3, 6]:
    s.add(n)
print(s, list(s), sorted(s, reverse=True))
print(set(range(20)))
