# int(float) truncates toward zero; other conversions
for v in [3.7, -3.7, 0.9999, -0.9999, 2.5, -2.5, 1e10, 123456789.987, -0.0]:
    print(v, int(v))
print(int(1e19), int(2.0 ** 70), int(1.7976931348623157e308) % 1000)
print(int(0.1 * 3 * 10), int(0.29 * 100))
print((7.0).is_integer(), (7.5).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((2.5).hex(), float.fromhex('0x1.8p1'))
print(float(10 ** 20) == 10 ** 20, int(float(10 ** 23)))
print(7.9 // 1, int(7.9 // 1), -7.9 // 1)
