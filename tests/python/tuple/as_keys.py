# tuples as dict keys and set elements
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], (0, 0) in grid, len(grid))
visited = {(0, 0), (0, 1), (0, 0)}
print(sorted(visited), len(visited))
pairs = {(1, 'a'): 'x', (1, 'b'): 'y'}
print(pairs[(1, 'b')], list(pairs))
nested_key = {((1, 2), (3, 4)): 'deep'}
print(nested_key[((1, 2), (3, 4))])
print({(): 'empty tuple key'}[()])
