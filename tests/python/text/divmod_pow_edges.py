# divmod and pow edge cases: signs, floats, 3-argument pow with negative exponents
for a, b in ((7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (1, 0.3), (10 ** 20, 7), (0, 5)):
    print(a, b, divmod(a, b), a // b, a % b)
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0), pow(0.0, 0), pow(-8, 1 / 3), pow(2, 0.5), pow(-1, 0.5))
print(pow(3, 4, 5), pow(3, -1, 7), pow(2, -3, 11), pow(-3, 2, 5), pow(3, 2, -5), pow(12345678901234567890, 3, 97), pow(5, 0, 1))
for bad in (lambda: pow(2, -1, 4), lambda: pow(2, 1, 0), lambda: pow(2.0, 1, 3), lambda: pow(0, -1), lambda: 0.0 ** -1,
            lambda: divmod(1, 0), lambda: divmod(1.0, 0.0), lambda: pow(2, 3, 1.5), lambda: divmod('a', 1)):
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
print((-2) ** 2, -2 ** 2, 2 ** -2, 2 ** 3 ** 2, (-8) ** (1 / 3) == pow(-8, 1 / 3), 10 ** -1 == 0.1)
