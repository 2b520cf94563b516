# a small matrix type using __matmul__, __getitem__ with tuples, __eq__ and __repr__
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]))
    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]
    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v
    def __matmul__(self, o):
        n, m = self.shape
        m2, p = o.shape
        if m != m2:
            raise ValueError(f'shape mismatch {self.shape} @ {o.shape}')
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __imatmul__(self, o):
        self.rows = (self @ o).rows
        return self
    def __eq__(self, o): return self.rows == o.rows
    def __repr__(self):
        return 'Matrix(' + repr(self.rows) + ')'
    def T(self):
        return Matrix(zip(*self.rows))
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B, B @ A, A.T(), A.shape)
I = Matrix([[1, 0], [0, 1]])
print(A @ I == A, A[1, 0])
A[0, 0] = 10
A @= B
print(A)
try:
    A @ Matrix([[1, 2, 3]])
except ValueError as e:
    print('ValueError:', e)
print(Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]]))
