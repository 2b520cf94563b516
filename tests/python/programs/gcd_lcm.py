# gcd and lcm, extended Euclid, and fraction reduction
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
for a, b in [(12, 18), (17, 5), (0, 9), (-24, 36), (2 ** 40, 6 ** 20), (1071, 462)]:
    print(f'gcd({a}, {b}) = {gcd(a, b)}, lcm = {lcm(a, b)}')
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
total = 1
for k in range(1, 21):
    total = lcm(total, k)
print('lcm(1..20) =', total)
def reduce(num, den):
    g = gcd(num, den)
    sign = -1 if den < 0 else 1
    return sign * num // g, sign * den // g
for frac in [(6, 8), (10, -4), (0, 5), (123456, 7890)]:
    print(frac, '->', reduce(*frac))
def mod_inverse(a, m):
    g, x, _ = egcd(a, m)
    return x % m if g == 1 else None
print(mod_inverse(3, 11), mod_inverse(10, 17), mod_inverse(6, 9))
