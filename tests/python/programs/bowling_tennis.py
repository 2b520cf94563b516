# Two scoring katas: ten-pin bowling with validation errors and a tennis
# match state machine with deuce/advantage, tie-break and set scores.

class BowlingError(ValueError):
    pass


def bowling_score(rolls):
    for r in rolls:
        if not isinstance(r, int) or not 0 <= r <= 10:
            raise BowlingError(f"invalid roll {r!r}")
    score, i, frames = 0, 0, []
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError(f"incomplete game: only {frame} frames")
        if rolls[i] == 10:
            if i + 2 >= len(rolls):
                raise BowlingError("strike bonus missing")
            score += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
            kind = "X"
        else:
            if i + 1 >= len(rolls):
                raise BowlingError(f"frame {frame + 1} incomplete")
            pair = rolls[i] + rolls[i + 1]
            if pair > 10:
                raise BowlingError(f"frame {frame + 1} knocks down {pair} pins")
            if pair == 10:
                if i + 2 >= len(rolls):
                    raise BowlingError("spare bonus missing")
                score += 10 + rolls[i + 2]
                kind = "/"
            else:
                score += pair
                kind = "-"
            i += 2
        frames.append((kind, score))
    extra = len(rolls) - i
    allowed = 2 if frames[-1][0] == "X" else 1 if frames[-1][0] == "/" else 0
    if extra > allowed:
        raise BowlingError(f"{extra - allowed} roll(s) after the game ended")
    return score, frames


games = {
    "gutter": [0] * 20,
    "all ones": [1] * 20,
    "one spare": [5, 5, 3] + [0] * 17,
    "one strike": [10, 3, 4] + [0] * 16,
    "perfect": [10] * 12,
    "all spares": [5] * 21,
    "dutch 200": [10, 5, 5] * 5 + [10],
    "too many": [0] * 21,
    "bad frame": [6, 6] + [0] * 18,
    "short": [1, 2, 3],
    "bad roll": [11] + [0] * 19,
    "float": [1.5] * 20,
}
for name, rolls in games.items():
    try:
        score, frames = bowling_score(rolls)
        marks = " ".join(f"{k}{s:>3}" for k, s in frames)
        print(f"{name:<11}{score:>4} | {marks}")
    except BowlingError as e:
        print(f"{name:<11} ERR | {e}")


class TennisGame:
    NAMES = ["Love", "Fifteen", "Thirty", "Forty"]

    def __init__(self, p1, p2):
        self.players = (p1, p2)
        self.points = [0, 0]
        self.games = [0, 0]
        self.sets = []
        self.tiebreak = False
        self.log = []

    def point(self, who):
        idx = self.players.index(who)
        self.points[idx] += 1
        a, b = self.points
        need = 7 if self.tiebreak else 4
        if max(a, b) >= need and abs(a - b) >= 2:
            self.win_game(0 if a > b else 1)

    def win_game(self, idx):
        self.points = [0, 0]
        self.games[idx] += 1
        g1, g2 = self.games
        if self.tiebreak or (max(g1, g2) >= 6 and abs(g1 - g2) >= 2):
            self.sets.append(tuple(self.games))
            self.log.append(f"set to {self.players[idx]} {g1}-{g2}")
            self.games = [0, 0]
            self.tiebreak = False
        elif g1 == g2 == 6:
            self.tiebreak = True

    def call(self):
        a, b = self.points
        if self.tiebreak:
            return f"tie-break {a}-{b}"
        if a >= 3 and b >= 3:
            if a == b:
                return "Deuce"
            leader = self.players[0 if a > b else 1]
            return f"Advantage {leader}"
        if a == b:
            return f"{self.NAMES[a]}-All"
        return f"{self.NAMES[a]}-{self.NAMES[b]}"

    def __str__(self):
        done = " ".join(f"{x}-{y}" for x, y in self.sets)
        return f"[{done}] games {self.games[0]}-{self.games[1]} ({self.call()})"


game = TennisGame("Ann", "Bea")
for who in "AABBABABAA":
    game.point("Ann" if who == "A" else "Bea")
    print(game.call(), end=" | ")
print()
print(game)

match_ = TennisGame("Ann", "Bea")
pattern = ("A" * 4 + "B" * 4) * 6 + "A" * 7
for who in pattern:
    match_.point("Ann" if who == "A" else "Bea")
print(match_)
for who in "AAAA" * 5 + "BBBB" * 7:
    match_.point("Ann" if who == "A" else "Bea")
print(match_, match_.log)
try:
    match_.point("Cat")
except ValueError as e:
    print("ValueError:", e)
