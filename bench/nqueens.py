# Benchmark: N-queens -- recursive backtracking with sets and lists, plus a generator-based solver
# that yields full solutions (tuples), which are then canonicalised under board symmetries.
COUNT_N = 12
ENUM_N = 9


def count_solutions(n):
    columns = set()
    diag_down = set()
    diag_up = set()

    def place(row):
        if row == n:
            return 1
        total = 0
        for col in range(n):
            if col in columns or (row - col) in diag_down or (row + col) in diag_up:
                continue
            columns.add(col)
            diag_down.add(row - col)
            diag_up.add(row + col)
            total += place(row + 1)
            columns.remove(col)
            diag_down.remove(row - col)
            diag_up.remove(row + col)
        return total

    return place(0)


def solutions(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from solutions(n, placed + (col,))


def symmetries(board):
    n = len(board)
    results = []
    current = board
    for _ in range(4):
        rotated = [0] * n
        for r, c in enumerate(current):
            rotated[c] = n - 1 - r
        current = tuple(rotated)
        results.append(current)
        results.append(tuple(reversed(current)))
    return results


def main():
    counts = [count_solutions(n) for n in range(4, COUNT_N + 1)]
    print("solution counts 4..%d:" % COUNT_N, counts)
    rounds = 0
    all_solutions = []
    for _ in range(12):
        all_solutions = list(solutions(ENUM_N))
        rounds += 1
    distinct = {min(symmetries(s)) for s in all_solutions}
    print("enumerated", len(all_solutions), "solutions of", ENUM_N, "queens;", len(distinct), "distinct")
    print("first:", all_solutions[0], "last:", all_solutions[-1])
    checksum = sum(counts) * 1_000 + len(distinct)
    for s in sorted(distinct):
        for c in s:
            checksum = (checksum * 11 + c) % 1_000_000_007
    print("checksum:", checksum)


main()
