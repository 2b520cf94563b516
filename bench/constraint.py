# Benchmark: a small class-based constraint solver (variables with set domains, all-different
# constraints with naked/hidden-single propagation, a work queue, backtracking search with domain
# snapshots) applied to generated sudoku puzzles and one well-known hard puzzle.
PUZZLES = 500
CLUES = 22
HARD = "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4.."


class Random:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1_103_515_245 + 12_345) % 2_147_483_648
        return (self.state >> 8) % n

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]


class Variable:
    def __init__(self, name, domain):
        self.name = name
        self.domain = set(domain)
        self.constraints = []

    def value(self):
        for v in self.domain:
            return v

    def __repr__(self):
        return f"Variable({self.name!r}, {sorted(self.domain)})"


class AllDifferent:
    def __init__(self, variables, values):
        self.variables = variables
        self.values = values

    def revise(self):
        """Shrink domains; return the variables that changed, or None on a contradiction."""
        fixed = set()
        for var in self.variables:
            if len(var.domain) == 1:
                value = var.value()
                if value in fixed:
                    return None
                fixed.add(value)
        changed = []
        for var in self.variables:
            if len(var.domain) > 1:
                before = len(var.domain)
                var.domain -= fixed
                if not var.domain:
                    return None
                if len(var.domain) != before:
                    changed.append(var)
        for value in self.values:
            if value in fixed:
                continue
            holders = [var for var in self.variables if value in var.domain]
            if not holders:
                return None
            if len(holders) == 1:
                holders[0].domain = {value}
                changed.append(holders[0])
        return changed


class Solver:
    def __init__(self, variables, constraints):
        self.variables = variables
        self.constraints = constraints
        for constraint in constraints:
            for var in constraint.variables:
                var.constraints.append(constraint)
        self.nodes = 0
        self.revisions = 0

    def propagate(self, constraints):
        pending = list(constraints)
        queued = set(pending)
        while pending:
            constraint = pending.pop()
            queued.discard(constraint)
            self.revisions += 1
            changed = constraint.revise()
            if changed is None:
                return False
            for var in changed:
                for other in var.constraints:
                    if other not in queued:
                        queued.add(other)
                        pending.append(other)
        return True

    def choose(self):
        best = None
        best_size = 10 ** 9
        for var in self.variables:
            size = len(var.domain)
            if 1 < size < best_size:
                best = var
                best_size = size
        return best

    def search(self):
        self.nodes += 1
        var = self.choose()
        if var is None:
            return True
        for value in sorted(var.domain):
            snapshot = [v.domain.copy() for v in self.variables]
            var.domain = {value}
            if self.propagate(var.constraints) and self.search():
                return True
            for v, domain in zip(self.variables, snapshot):
                v.domain = domain
        return False

    def solve(self):
        return self.propagate(self.constraints) and self.search()


class Sudoku:
    DIGITS = tuple(range(1, 10))

    def __init__(self, grid):
        self.cells = [[Variable((r, c), self.DIGITS if grid[r * 9 + c] == 0 else (grid[r * 9 + c],))
                       for c in range(9)] for r in range(9)]
        units = [row[:] for row in self.cells]
        units += [[self.cells[r][c] for r in range(9)] for c in range(9)]
        units += [[self.cells[br + r][bc + c] for r in range(3) for c in range(3)]
                  for br in (0, 3, 6) for bc in (0, 3, 6)]
        self.solver = Solver([v for row in self.cells for v in row],
                             [AllDifferent(unit, self.DIGITS) for unit in units])
        self.units = units

    def solve(self):
        return self.solver.solve()

    def grid(self):
        return [v.value() for row in self.cells for v in row]

    def valid(self):
        return all(sorted(v.value() for v in unit) == list(self.DIGITS) for unit in self.units)


def generate(rng, clues):
    """A valid full grid from a pattern, shuffled by bands/stacks/rows/columns/digits, then blanked."""
    digits = list(range(1, 10))
    rng.shuffle(digits)
    bands = [0, 1, 2]
    rng.shuffle(bands)
    rows = []
    for band in bands:
        inner = [0, 1, 2]
        rng.shuffle(inner)
        rows += [band * 3 + i for i in inner]
    stacks = [0, 1, 2]
    rng.shuffle(stacks)
    cols = []
    for stack in stacks:
        inner = [0, 1, 2]
        rng.shuffle(inner)
        cols += [stack * 3 + i for i in inner]
    full = [digits[(r * 3 + r // 3 + c) % 9] for r in rows for c in cols]
    positions = list(range(81))
    rng.shuffle(positions)
    keep = set(positions[:clues])
    return [full[i] if i in keep else 0 for i in range(81)]


def parse(text):
    return [0 if ch == "." else int(ch) for ch in text]


def main():
    rng = Random(2024)
    puzzles = [parse(HARD)] + [generate(rng, CLUES) for _ in range(PUZZLES)]
    checksum = 0
    nodes = revisions = solved = 0
    for index, puzzle in enumerate(puzzles):
        board = Sudoku(puzzle)
        if board.solve() and board.valid():
            solved += 1
            for value in board.grid():
                checksum = (checksum * 10 + value) % 1_000_000_007
        nodes += board.solver.nodes
        revisions += board.solver.revisions
        if index == 0:
            grid = board.grid()
            for r in range(0, 81, 9):
                print("".join(str(v) for v in grid[r:r + 9]))
    print("solved:", solved, "of", len(puzzles), "nodes:", nodes, "revisions:", revisions)
    print("checksum:", (checksum + nodes * 7 + revisions) % 1_000_000_007)


main()
