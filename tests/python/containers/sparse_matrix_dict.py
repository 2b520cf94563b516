# a sparse matrix stored as a dict keyed by (row, col) tuples
class Sparse:
    def __init__(self, n, m, entries=()):
        self.n, self.m, self.cells = n, m, {}
        for (i, j), v in entries:
            self[i, j] = v
    def __getitem__(self, ij): return self.cells.get(ij, 0)
    def __setitem__(self, ij, v):
        if v: self.cells[ij] = v
        else: self.cells.pop(ij, None)
    def __matmul__(self, o):
        out = Sparse(self.n, o.m)
        for (i, k), a in self.cells.items():
            for j in range(o.m):
                b = o[k, j]
                if b:
                    out[i, j] = out[i, j] + a * b
        return out
    def rows(self):
        return [[self[i, j] for j in range(self.m)] for i in range(self.n)]
A = Sparse(3, 3, [((0, 0), 2), ((1, 2), 3), ((2, 1), 1)])
B = Sparse(3, 2, [((0, 1), 5), ((2, 0), 4), ((1, 1), -1)])
C = A @ B
print(A.rows(), B.rows(), C.rows(), sorted(C.cells.items()))
A[1, 2] = 0
print(len(A.cells), sorted(A.cells))
