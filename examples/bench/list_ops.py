# Benchmark: basic list operations over 1,000,000 elements.
N = 1_000_000

values = []
for i in range(N):
    values.append((i * 7) % 1000)

total = sum(values)
count_zero = values.count(0)
first_999 = values.index(999)

head = values[:1000]
tail = values[-1000:]
evens = values[::2]
middle = values[N // 4: 3 * N // 4]

checksum = 0
for i in range(0, N, 997):
    checksum = (checksum * 31 + values[i]) % 1_000_000_007

values[10] = -1
values.insert(0, 5)
popped = values.pop()
values.reverse()
maximum = max(values)
minimum = min(values)

print("length:", len(values))
print("sum:", total, "zeros:", count_zero, "first 999 at:", first_999)
print("slices:", sum(head), sum(tail), len(evens), len(middle), sum(middle))
print("popped:", popped, "max:", maximum, "min:", minimum, "first:", values[0])
print("checksum:", (checksum + total + len(evens) + sum(middle)) % 1_000_000_007)
