# Bitwise operators on ints inside loops (where the interpreter specialises them), then on edge cases at the same
# sites: shifts that overflow 64 bits, huge shift counts, negative counts, bools and big ints.
def mix(pairs):
    out = []
    for a, b in pairs:
        out.append((a & b, a | b, a ^ b, a << (b % 70), a >> (b % 70)))
    return out


small = [(i * 37 - 500, i * 13 % 67) for i in range(40)]
print(mix(small)[:3], sum(sum(t) for t in mix(small)))
edges = [(1, 63), (1, 64), (-1, 63), (-1, 64), (2**62, 1), (2**62, 2), (-(2**63), 0), (3, 69),
         (True, 3), (2**70, 5), (-(2**70), 69), (12345, 0)]
for row in mix(edges):
    print(row)


def shift(a, b):
    return a << b, a >> b


for a, b in [(5, 2), (5, 0), (-5, 1)]:
    print(shift(a, b))
for a, b in [(5, -1), (1, -100)]:
    try:
        shift(a, b)
    except ValueError as e:
        print("ValueError:", e)
acc = 0
for i in range(1000):
    acc ^= i << (i % 60)
    acc |= i >> 3
    acc &= (1 << 80) - 1
print(acc)
