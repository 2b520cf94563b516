# true division always produces a float, correctly rounded
print(1 / 3, 2 / 3, 10 / 4, 9 / 3)
print(-7 / 2, 7 / -2, 0 / 5, -0 / 5)
print(2 ** 100 / 2 ** 99, 10 ** 30 / 10 ** 10)
print(1 / 7 * 7, 22 / 7)
print((10 ** 400) // (10 ** 399), 10 ** 400 // 3 % 10)
print(123456789123456789 / 1000000000)
print(1 / 10 ** 10, 3 / 1e-5)
