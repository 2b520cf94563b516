# Conway's Game of Life on a small wrapping grid
def step(grid):
    rows, cols = len(grid), len(grid[0])
    new = []
    for r in range(rows):
        row = []
        for c in range(cols):
            n = sum(grid[(r + dr) % rows][(c + dc) % cols]
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))
            row.append(1 if n == 3 or (n == 2 and grid[r][c]) else 0)
        new.append(row)
    return new
def show(grid, gen):
    print(f'generation {gen}: {sum(map(sum, grid))} alive')
    for row in grid:
        print(''.join('#' if v else '.' for v in row))
grid = [[0] * 10 for _ in range(8)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:   # glider
    grid[r][c] = 1
for r, c in [(5, 6), (5, 7), (5, 8)]:                   # blinker
    grid[r][c] = 1
for gen in range(5):
    show(grid, gen)
    grid = step(grid)
