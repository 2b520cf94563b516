# Benchmark: float-heavy point processing -- creating many small Point objects, normalising them
# (square root by Newton's method), taking component-wise maxima and computing a weighted centroid.
POINTS = 100_000
ROUNDS = 10


def sqrt(x):
    """Square root by range reduction to [0.25, 4] and five Newton steps (only + - * /)."""
    if x <= 0.0:
        return 0.0
    scale = 1.0
    while x > 4.0:
        x *= 0.25
        scale *= 2.0
    while x < 0.25:
        x *= 4.0
        scale *= 0.5
    r = 0.5 + 0.5 * x
    for _ in range(5):
        r = 0.5 * (r + x / r)
    return r * scale


class Random:
    """A 48-bit linear congruential generator producing floats in [0, 1)."""

    def __init__(self, seed):
        self.state = seed

    def next_float(self):
        self.state = (self.state * 25_214_903_917 + 11) & 0xFFFF_FFFF_FFFF
        return self.state / 281_474_976_710_656.0


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return f"<Point: x={self.x:.9f}, y={self.y:.9f}, z={self.z:.9f}>"

    def normalize(self):
        norm = sqrt(self.x * self.x + self.y * self.y + self.z * self.z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def make_point(rng, i):
    angle = rng.next_float() * 2.0 - 1.0
    radius = 1.0 + i % 17
    return Point(angle * radius, (1.0 - angle * angle) * radius * 3.0, angle * angle * 0.5 + 0.25)


def one_round(seed):
    rng = Random(seed)
    points = [make_point(rng, i) for i in range(POINTS)]
    for p in points:
        p.normalize()
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    cx = cy = cz = 0.0
    for i, p in enumerate(points):
        weight = 1.0 / (1 + i % 7)
        cx += p.x * weight
        cy += p.y * weight
        cz += p.z * weight
    return best, Point(cx / POINTS, cy / POINTS, cz / POINTS)


def main():
    total = 0.0
    for seed in range(1, ROUNDS + 1):
        best, centroid = one_round(seed * 7_919)
        print("round", seed, best, centroid)
        total += best.x + best.y + best.z + centroid.x + centroid.y + centroid.z
    print(f"checksum: {total:.12f}")


main()
