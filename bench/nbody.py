# Benchmark: n-body simulation of the Jovian planets -- float arithmetic on lists and tuples,
# pair loops, and a square root written with Newton's method (no math module).
STEPS = 150_000
DT = 0.01

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


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


def make_bodies():
    raw = [
        ("sun", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
        ("jupiter", (4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01),
         (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05),
         9.54791938424326609e-04),
        ("saturn", (8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01),
         (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05),
         2.85885980666130812e-04),
        ("uranus", (1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01),
         (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05),
         4.36624404335156298e-05),
        ("neptune", (1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01),
         (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05),
         5.15138902046611451e-05),
    ]
    bodies = []
    for name, pos, vel, mass in raw:
        bodies.append([list(pos), [v * DAYS_PER_YEAR for v in vel], mass * SOLAR_MASS, name])
    return bodies


def pairs_of(bodies):
    result = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            result.append((bodies[i], bodies[j]))
    return result


def offset_momentum(bodies):
    px = py = pz = 0.0
    for pos, vel, mass, _ in bodies:
        px += vel[0] * mass
        py += vel[1] * mass
        pz += vel[2] * mass
    sun_vel = bodies[0][1]
    sun_vel[0] = -px / SOLAR_MASS
    sun_vel[1] = -py / SOLAR_MASS
    sun_vel[2] = -pz / SOLAR_MASS


def energy(bodies, pairs):
    e = 0.0
    for (p1, v1, m1, _), (p2, v2, m2, _) in pairs:
        dx = p1[0] - p2[0]
        dy = p1[1] - p2[1]
        dz = p1[2] - p2[2]
        e -= m1 * m2 / sqrt(dx * dx + dy * dy + dz * dz)
    for pos, vel, mass, _ in bodies:
        e += 0.5 * mass * (vel[0] * vel[0] + vel[1] * vel[1] + vel[2] * vel[2])
    return e


def advance(bodies, pairs, steps, dt):
    for _ in range(steps):
        for (p1, v1, m1, _), (p2, v2, m2, _) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            b1 = m1 * mag
            b2 = m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for pos, vel, _, _ in bodies:
            pos[0] += dt * vel[0]
            pos[1] += dt * vel[1]
            pos[2] += dt * vel[2]


def main():
    bodies = make_bodies()
    pairs = pairs_of(bodies)
    offset_momentum(bodies)
    before = energy(bodies, pairs)
    advance(bodies, pairs, STEPS, DT)
    after = energy(bodies, pairs)
    print(f"energy before: {before:.9f}")
    print(f"energy after:  {after:.9f}")
    for pos, vel, mass, name in bodies:
        print(f"{name:8} x={pos[0]:+.6f} y={pos[1]:+.6f} z={pos[2]:+.6f}")
    checksum = sum(abs(c) for pos, _, _, _ in bodies for c in pos)
    print(f"checksum: {checksum:.6f} {after:.12e}")


main()
