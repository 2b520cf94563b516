# Benchmark: list operations -- append, index, slicing, sort, reverse, insert/pop, count, extend, del.
N = 400_000
ROUNDS = 2


def build(seed):
    values = []
    x = seed
    for _ in range(N):
        x = (x * 1_103_515_245 + 12_345) % 2_147_483_648
        values.append(x % 10_000)
    return values


def shuffle_pass(values):
    # Swap neighbours in place, driven by the values themselves.
    n = len(values)
    for i in range(1, n):
        if values[i - 1] > values[i] and (i & 3) == 0:
            values[i - 1], values[i] = values[i], values[i - 1]


def one_round(seed):
    values = build(seed)
    acc = sum(values) + values.count(0) + values.index(values[N // 2])
    shuffle_pass(values)
    head = values[:5_000]
    tail = values[-5_000:]
    evens = values[::2]
    middle = values[N // 4: 3 * N // 4]
    acc += sum(head) - sum(tail) + len(evens) + sum(middle[::7])

    ordered = sorted(values)
    acc += ordered[0] + ordered[-1] + ordered[N // 2]
    values.sort(key=lambda v: (v % 100, v))
    acc += values[0] + values[1_000] + values[-1]
    values.reverse()
    acc += values[0] * 3 + values[N // 3]

    stack = []
    for v in values[:100_000]:
        if v & 1:
            stack.append(v)
        elif stack:
            acc += stack.pop()
    acc += len(stack)

    front = values[:2_000]
    for i in range(1_000):
        front.insert(i % 50, i)
        front.pop(len(front) // 2)
    acc += sum(front)

    merged = []
    merged.extend(head)
    merged.extend(tail)
    merged += [7] * 1_000
    del merged[100:200]
    del merged[::3]
    acc += len(merged) + sum(merged) + (4_242 in merged) + merged.count(7)
    return acc % 1_000_000_007


def main():
    checksum = 0
    for r in range(ROUNDS):
        result = one_round(r + 1)
        print("round", r, result)
        checksum = (checksum * 31 + result) % 1_000_000_007
    print("checksum:", checksum)


main()
