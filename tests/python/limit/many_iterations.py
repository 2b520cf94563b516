# a million loop iterations with arithmetic
total = 0
i = 0
while i < 1_000_000:
    total += i * i % 7
    i += 1
print(total)
acc = 0
for j in range(1_000_000):
    if j & 1:
        acc -= j
    else:
        acc += j
print(acc)
d = {}
for k in range(200_000):
    d[k % 1000] = d.get(k % 1000, 0) + k
print(len(d), d[0], d[999])
