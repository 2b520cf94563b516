# printing huge integers
n = 2 ** 1000
s = str(n)
print(len(s), s[:20], s[-20:])
print(n)
f = 1
for i in range(1, 101):
    f *= i
print('100! =', f)
print(sum(int(d) for d in str(f)))
print(3 ** 200 - 2 ** 300)
m = int('9' * 500)
print(len(str(m + 1)), str(m + 1)[:3], (m + 1) == 10 ** 500)
print(-(2 ** 256))
print(hex(2 ** 128), bin(2 ** 40))
