# complex numbers: arithmetic, parsing, attributes, abs, conjugate, errors
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0.5, -a, +a, abs(a), a.conjugate(), a.real, a.imag)
print(1j ** 2, (1 + 1j) ** 8, 2 ** 1j == complex(2) ** 1j, 1j * 1j == -1, (0j) ** 0)
print(complex('1+2j'), complex(' (3-4j) '), complex('5'), complex('-j'), complex('1e3j'), complex(1, 2), complex(1j, 1j), complex())
print(a == complex(3, 4), a != b, hash(1 + 0j) == hash(1), (1 + 0j) == 1, type(1j).__name__, isinstance(1j, complex))
for bad in (lambda: a < b, lambda: complex('1+2'), lambda: complex('1 + 2j'), lambda: a // 2, lambda: a % 2,
            lambda: a / 0, lambda: complex('x'), lambda: complex('1', 2), lambda: int(a), lambda: 0j ** -1):
    try:
        bad()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ':', e)
print(divmod(7.5, 2), round(abs(1 + 1j), 12), complex(float('inf'), 1) * 0)
