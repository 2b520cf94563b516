# deep but legal recursion (well below the default limit of 1000)
def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)
print(depth_sum(900))
def build(n):
    return [] if n == 0 else [build(n - 1)]
def measure(lst):
    return 0 if not lst else 1 + measure(lst[0])
nested = build(800)
print(measure(nested))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(900))), fact(900) % 1000003)
