# Benchmark: 1118 x 1118 nested loops with integer arithmetic (about 1.25 million inner steps).
SIZE = 1118

total = 0
diagonal = 0
for i in range(SIZE):
    row_acc = 0
    for j in range(SIZE):
        row_acc += (i * j + i + j) % 11
        if i == j:
            diagonal += i % 13
    total += row_acc

print("total:", total)
print("diagonal:", diagonal)
print("checksum:", (total * 31 + diagonal) % 1_000_000_007)
