# deleting while iterating over a copy; re-inserting
d = {i: i * i for i in range(10)}
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(d)
d[0] = 'back'
print(list(d)[-1], d[0])
for k, v in sorted(d.items(), key=lambda kv: str(kv[1])):
    print(k, v)
big = {}
for i in range(1000):
    big[i] = i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], list(big)[-3:])
