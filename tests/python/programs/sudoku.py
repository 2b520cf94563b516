# Sudoku solver: constraint propagation plus backtracking search, with
# sets, dict comprehensions, generators and a board pretty-printer.

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
COLS = DIGITS


def cross(a, b):
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, COLS)
UNITS_LIST = ([cross(ROWS, c) for c in COLS] +
              [cross(r, COLS) for r in ROWS] +
              [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
UNITS = {s: [u for u in UNITS_LIST if s in u] for s in SQUARES}
PEERS = {s: set(sum(UNITS[s], [])) - {s} for s in SQUARES}


class Contradiction(Exception):
    pass


class Stats:
    def __init__(self):
        self.assigns = 0
        self.guesses = 0
        self.backtracks = 0

    def __repr__(self):
        return "Stats(" + ", ".join(f"{k}={v}" for k, v in vars(self).items()) + ")"


def parse_grid(grid, stats):
    chars = [c for c in grid if c in DIGITS or c in "0."]
    if len(chars) != 81:
        raise ValueError(f"grid has {len(chars)} cells, expected 81")
    values = {s: DIGITS for s in SQUARES}
    for s, d in zip(SQUARES, chars):
        if d in DIGITS:
            assign(values, s, d, stats)
    return values


def assign(values, s, d, stats):
    stats.assigns += 1
    for other in values[s].replace(d, ""):
        eliminate(values, s, other)
    return values


def eliminate(values, s, d):
    if d not in values[s]:
        return
    values[s] = values[s].replace(d, "")
    if not values[s]:
        raise Contradiction(f"no candidates left for {s}")
    if len(values[s]) == 1:
        d2 = values[s]
        for p in PEERS[s]:
            eliminate(values, p, d2)
    for u in UNITS[s]:
        places = [sq for sq in u if d in values[sq]]
        if not places:
            raise Contradiction(f"no place for {d} in unit {u[0]}..{u[-1]}")
        if len(places) == 1 and len(values[places[0]]) > 1:
            only = places[0]
            for other in values[only].replace(d, ""):
                eliminate(values, only, other)


def search(values, stats):
    if all(len(values[s]) == 1 for s in SQUARES):
        return values
    n, s = min((len(values[s]), s) for s in SQUARES if len(values[s]) > 1)
    for d in values[s]:
        stats.guesses += 1
        trial = values.copy()
        try:
            assign(trial, s, d, stats)
            result = search(trial, stats)
            if result:
                return result
        except Contradiction:
            stats.backtracks += 1
    return None


def render(values):
    width = 1 + max(len(values[s]) for s in SQUARES)
    line = "+".join(["-" * (width * 3)] * 3)
    out = []
    for r in ROWS:
        out.append("".join(values[r + c].center(width) + ("|" if c in "36" else "") for c in COLS))
        if r in "CF":
            out.append(line)
    return "\n".join(out)


def rows_ok(values):
    return all(sorted(values[s] for s in unit) == list(DIGITS) for unit in UNITS_LIST)


PUZZLES = {
    "easy": "003020600900305001001806400008102900700000008006708200002609500800203009005010300",
    "hard": "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "bad": "11" + "." * 79,
    "short": "123",
}

for name, grid in PUZZLES.items():
    stats = Stats()
    try:
        values = parse_grid(grid, stats)
        if name == "easy":
            print("after propagation only:")
            print(render(values))
        solved = search(values, stats)
        print(f"{name}: solved={solved is not None} valid={rows_ok(solved)} {stats}")
        print(render(solved))
    except Contradiction as e:
        print(f"{name}: contradiction: {e}")
    except ValueError as e:
        print(f"{name}: {e}")

print(len(SQUARES), len(UNITS_LIST), {len(p) for p in PEERS.values()}, sorted(PEERS["C2"])[:6])
