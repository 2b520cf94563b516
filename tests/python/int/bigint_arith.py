# arbitrary precision arithmetic
a = 2 ** 100
print(a)
print(a + 1, a - 1)
print(a * a)
print(a // 3, a % 3)
print(-a // 7, -a % 7)
f = 1
for i in range(1, 31):
    f *= i
print('30! =', f)
print(f // (2 ** 20), f % 1000003)
print(10 ** 40 - 1)
print(-(10 ** 30))
print(12345678901234567890 * 98765432109876543210)
print((2 ** 64 - 1) & 0xFFFF, (2 ** 64) >> 60, 1 << 70)
print(2 ** 63, -2 ** 63, 2 ** 63 - 1, -2 ** 63 - 1)
print(2 ** 31 * 2 ** 31 == 2 ** 62, (2 ** 200) // (2 ** 199))
print(abs(-10 ** 25), divmod(10 ** 20 + 7, 10 ** 10))
