# list creation, indexing, mutation
a = [1, 2, 3]
print(a, len(a), a[0], a[-1], a[1:])
a[0] = 'one'
print(a)
a.append([4, 5])
print(a, len(a))
print([], list(), list('ab'), list(range(3)), list((1, 2)), [[]] * 2)
b = [0] * 5
print(b)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 9
print(grid)
alias = [[0] * 3] * 2
alias[0][1] = 9
print(alias)
print([1, 2] + [3], [1, 2] * 2, 2 in [1, 2], 3 not in [1, 2])
print([1, [2, [3, [4]]]], [None, True, 1.5, 'x', (1,)])
c = a
c.append('shared')
print(a is c, a[-1])
print(a.copy() == a, a.copy() is a, a[:] is a)
