# Mixed int/float arithmetic, also in loops long enough for the interpreter to specialise the operations.
vals = [0, 1, -1, 3, 7, 2**52, 2**53, 2**53 + 1, -(2**53) - 1, 2**62, 10**18, 1.5, -0.0, 0.1, 1e308, float('inf'), float('nan')]
out = []
for a in vals:
    for b in vals:
        for op in ('+', '-', '*', '/'):
            try:
                r = eval(f"a {op} b")
                out.append(repr(r))
            except Exception as e:
                out.append(type(e).__name__ + str(e))
print(len(out)); print(" ".join(out))
def f(a, b):
    return a / b
for i in range(3000):
    x = f(i + 1, 7)
print(x, f(2**53 + 1, 3), f(10**18, 7), f(1, 3))
for a, b in [(1, 3.0), (1.5, 2), (2**60, 0.5)]:
    for _ in range(100):
        r = (a + b, a - b, a * b, a / b)
    print(r)
try:
    for _ in range(100):
        f(1.0, 1)
    f(1.0, 0)
except ZeroDivisionError as e:
    print(e)
try:
    f(3, 0)
except ZeroDivisionError as e:
    print(e)
