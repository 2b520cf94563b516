# matrix multiplication, transpose, identity and power with lists of lists
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]
def transpose(m):
    return [list(row) for row in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result
def show(m):
    for row in m:
        print(' '.join(f'{v:>5}' for v in row))
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
print()
show(transpose(a))
print()
fib = mat_pow([[1, 1], [1, 0]], 90)
print('fib(90) =', fib[0][1])
m = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
show(mat_pow(m, 5))
print(matmul(m, identity(3)) == m)
