# nested lists and shallow copies
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[1][2], matrix[-1][-1], [row[0] for row in matrix])
shallow = matrix[:]
shallow[0][0] = 100
shallow[1] = 'replaced'
print(matrix)
print(shallow)
deep = [row[:] for row in matrix]
deep[0][0] = -1
print(matrix[0][0], deep[0][0])
flat = [x for row in matrix if isinstance(row, list) for x in row]
print(flat, sum(flat))
transposed = list(zip(*[[1, 2, 3], [4, 5, 6]]))
print(transposed)
self_ref = [1, 2]
self_ref.append(self_ref)
print(self_ref, len(self_ref))
