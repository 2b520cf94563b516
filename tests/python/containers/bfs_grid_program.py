# breadth-first search on a grid using tuples in sets and a list used as a queue
grid = ['S..#......',
        '.#.#.####.',
        '.#...#....',
        '.####.#.#.',
        '......#.#E']
rows, cols = len(grid), len(grid[0])
start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'S')
end = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'E')
queue, head = [start], 0
prev = {start: None}
while head < len(queue):
    cur = queue[head]
    head += 1
    if cur == end:
        break
    r, c = cur
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nxt = (r + dr, c + dc)
        if 0 <= nxt[0] < rows and 0 <= nxt[1] < cols and grid[nxt[0]][nxt[1]] != '#' and nxt not in prev:
            prev[nxt] = cur
            queue.append(nxt)
path = []
node = end
while node is not None:
    path.append(node)
    node = prev[node]
path.reverse()
print('steps:', len(path) - 1, 'visited:', len(prev))
on_path = set(path)
for r in range(rows):
    print(''.join('*' if (r, c) in on_path and grid[r][c] == '.' else grid[r][c] for c in range(cols)))
