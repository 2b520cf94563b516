# Every operator token
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
print(not a, a and b, a or b)
print(a is b, a is not b, 3 in [3], 3 not in [3])
x = 10
x += 1; x -= 2; x *= 3; x //= 2; x %= 7; x **= 3
print(x)
y = 0b1100
y &= 0b1010; y |= 0b0001; y ^= 0b1111; y <<= 3; y >>= 1
print(y)
z = 7.0
z /= 2
print(z)
print(-a, +a, --a, -+-a)
print((n := 4) * n)
f = lambda: 1
print(f())
print([1, 2, 3][::-1], {1: 2}, (1,), 1 if a else 2)
print(a.__add__(b), 2.5.__mul__(2))
