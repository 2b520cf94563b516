# Pascal's triangle, centred, plus row properties
def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows
rows = pascal(12)
width = len('   '.join(map(str, rows[-1])))
for row in rows:
    print('   '.join(map(str, row)).center(width).rstrip())
print([sum(r) for r in rows])
print(all(r == r[::-1] for r in rows))
row = pascal(31)[-1]
print(row[15], max(row))
for r in pascal(8):
    print(''.join('*' if v % 2 else ' ' for v in r).rstrip())
