# Benchmark: nested for loops with integer arithmetic, comparisons and a 2-D list (matrix product).
SIZE = 4_000
MATRIX = 160


def grid_sum(size):
    total = 0
    diagonal = 0
    for i in range(size):
        row_acc = 0
        for j in range(size):
            row_acc += (i * j + i + j) % 11
            if i == j:
                diagonal += i % 13
        total += row_acc
    return total, diagonal


def mat_mul(a, b, n):
    c = [[0] * n for _ in range(n)]
    for i in range(n):
        row_a = a[i]
        row_c = c[i]
        for k in range(n):
            aik = row_a[k]
            row_b = b[k]
            for j in range(n):
                row_c[j] += aik * row_b[j]
    return c


def main():
    total, diagonal = grid_sum(SIZE)
    a = [[(i * 3 + j) % 17 for j in range(MATRIX)] for i in range(MATRIX)]
    b = [[(i + j * 5) % 13 for j in range(MATRIX)] for i in range(MATRIX)]
    c = mat_mul(a, b, MATRIX)
    trace = sum(c[i][i] for i in range(MATRIX))
    corner = c[0][MATRIX - 1] + c[MATRIX - 1][0]
    print("total:", total, "diagonal:", diagonal)
    print("matrix trace:", trace, "corners:", corner)
    print("checksum:", (total * 31 + diagonal + trace * 7 + corner) % 1_000_000_007)


main()
