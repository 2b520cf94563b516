# Big-int number theory (Miller-Rabin, extended gcd, modular inverse) and float iteration results.
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
def miller_rabin(n):
    if n < 2: return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0: return n == p
    d, s = n - 1, 0
    while d % 2 == 0: d //= 2; s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1): continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1: break
        else:
            return False
    return True
fact = 1
for i in range(1, 201): fact *= i
print(len(str(fact)), fact % (10**9 + 7), sum(map(int, str(fact))), isqrt(fact) ** 2 <= fact < (isqrt(fact) + 1) ** 2)
print([p for p in range(10**12, 10**12 + 200) if miller_rabin(p)])
print(2**521 - 1 if miller_rabin(2**521 - 1) else "composite", miller_rabin(2**523 - 1))
def egcd(a, b):
    if b == 0: return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
print(egcd(240, 46), egcd(2**100 + 1, 3**50), pow(3**50, -1, 2**100 + 1))
def newton_sqrt(x, eps=1e-15):
    g = x / 2 or 1.0
    while abs(g * g - x) > eps * x:
        g = (g + x / g) / 2
    return g
print([round(newton_sqrt(v), 12) for v in (2, 10, 1e-6, 1e20, 12345.678)])
print(newton_sqrt(2), 2 ** 0.5, 10 ** -3, 1 / 7, 22 / 7 - 3.14159, (0.1 + 0.2) * 3, 1e23, 9007199254740993.0)
h = 0
for ch in "The quick brown fox":
    h = (h * 31 + ord(ch)) & 0xFFFFFFFF
print(h, hex(h), bin(h)[:12], h.bit_length(), (h >> 16) ^ (h & 0xFFFF), ~h & 0xFF, -h % 1000)
print(sum(1 / k ** 2 for k in range(1, 10001)), sum(range(10**6)), sum(x * x for x in range(1000)) / 3)
print(divmod(-17, 5), divmod(17, -5), divmod(-17.5, 5), -17 // 5, -17 % 5, 17 % -5, -17.5 % 5, 5.5 // 1.5)
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1e15 + 0.5), round(123.456, -1))
print(int(1e16), int(-1e16 + 1), float(2**63), float(-2**63 + 1), 2**63 / 3, (2**63) // 3, 10**30 / 10**10)
print(3 ** 100 % 1000, (-3) ** 3, (-8) ** (1/3) if False else "", 0 ** 0, 0.0 ** 0, pow(0, 0), 2 ** -2, (-2) ** -2)
a, b = 0, 1
for _ in range(300): a, b = b, a + b
print(a, a.bit_length(), str(a)[:10], a % 1000000007, a / 10**60)
