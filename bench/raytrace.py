# Benchmark: a small ray tracer -- Vector class with operator overloading (__add__, __sub__, __mul__,
# __rmul__, __neg__, __truediv__), spheres and a checkered plane, point lights with shadows,
# Lambert + Phong shading and recursive reflections. The image is reduced to a checksum.
WIDTH = 280
HEIGHT = 210
MAX_DEPTH = 3
EPSILON = 1e-6


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


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k, self.z / k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return sqrt(self.dot(self))

    def normalized(self):
        return self / self.length()

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))

    def __repr__(self):
        return f"Vector({self.x:.4f}, {self.y:.4f}, {self.z:.4f})"


class Colour(Vector):
    __slots__ = ()

    def __add__(self, other):
        return Colour(self.x + other.x, self.y + other.y, self.z + other.z)

    def __mul__(self, k):
        if isinstance(k, Vector):
            return Colour(self.x * k.x, self.y * k.y, self.z * k.z)
        return Colour(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def to_bytes(self):
        return tuple(0 if c <= 0.0 else 255 if c >= 1.0 else int(c * 255.0) for c in (self.x, self.y, self.z))


BLACK = Colour(0.0, 0.0, 0.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, colour, diffuse=0.8, specular=0.4, shininess=32, reflect=0.2):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflect = reflect

    def colour_at(self, point):
        return self.colour


class Checker(Material):
    def colour_at(self, point):
        if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2 == 0:
            return self.colour
        return Colour(0.1, 0.1, 0.1)


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        oc = ray.origin - self.centre
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denom = self.normal.dot(ray.direction)
        if -EPSILON < denom < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


def power(base, exponent):
    result = 1.0
    while exponent:
        if exponent & 1:
            result *= base
        base *= base
        exponent >>= 1
    return result


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vector(0.0, 1.0, 5.0), 1.0, Material(Colour(0.9, 0.2, 0.2), reflect=0.3)),
            Sphere(Vector(-2.2, 0.7, 6.0), 0.7, Material(Colour(0.2, 0.9, 0.3), shininess=64)),
            Sphere(Vector(2.0, 0.5, 4.0), 0.5, Material(Colour(0.2, 0.3, 0.9), reflect=0.5)),
            Sphere(Vector(0.7, 2.6, 7.5), 0.9, Material(Colour(0.9, 0.9, 0.2), specular=0.8)),
            Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), Checker(Colour(0.9, 0.9, 0.9), reflect=0.25)),
        ]
        self.lights = [(Vector(-5.0, 6.0, -2.0), Colour(0.8, 0.8, 0.8)),
                       (Vector(4.0, 4.0, 1.0), Colour(0.4, 0.35, 0.3))]
        self.ambient = 0.08
        self.rays_cast = 0

    def nearest(self, ray):
        best_t = None
        best = None
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def in_shadow(self, point, light_pos):
        to_light = light_pos - point
        distance = to_light.length()
        ray = Ray(point, to_light)
        self.rays_cast += 1
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        self.rays_cast += 1
        obj, t = self.nearest(ray)
        if obj is None:
            fade = 0.5 * (ray.direction.y + 1.0)
            return Colour(0.6, 0.7, 0.9) * fade
        point = ray.at(t)
        normal = obj.normal_at(point)
        material = obj.material
        base = material.colour_at(point)
        colour = base * self.ambient
        view = -ray.direction
        for light_pos, light_colour in self.lights:
            if self.in_shadow(point, light_pos):
                continue
            to_light = (light_pos - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                colour = colour + base * light_colour * (lambert * material.diffuse)
            half = (to_light + view).normalized()
            spec = normal.dot(half)
            if spec > 0.0:
                colour = colour + light_colour * (material.specular * power(spec, material.shininess))
        if depth < MAX_DEPTH and material.reflect > 0.0:
            bounce = Ray(point, ray.direction.reflect(normal))
            colour = colour + self.trace(bounce, depth + 1) * material.reflect
        return colour


def render(scene, width, height):
    eye = Vector(0.0, 1.5, -1.0)
    target = Vector(0.0, 1.0, 5.0)
    forward = (target - eye).normalized()
    right = Vector(0.0, 1.0, 0.0).cross(forward).normalized()
    up = forward.cross(right)
    aspect = width / height
    rows = []
    for j in range(height):
        row = []
        v = (1.0 - 2.0 * (j + 0.5) / height) * 0.6
        for i in range(width):
            u = (2.0 * (i + 0.5) / width - 1.0) * 0.6 * aspect
            direction = forward + right * u + up * v
            row.append(scene.trace(Ray(eye, direction), 0).to_bytes())
        rows.append(row)
    return rows


def main():
    scene = Scene()
    image = render(scene, WIDTH, HEIGHT)
    checksum = 0
    brightness = 0
    for row in image:
        for r, g, b in row:
            checksum = (checksum * 257 + r * 65_536 + g * 256 + b) % 1_000_000_007
            brightness += r + g + b
    shades = " .:-=+*#%@"
    for j in range(0, HEIGHT, HEIGHT // 10):
        print("".join(shades[sum(image[j][i]) * 10 // 766] for i in range(0, WIDTH, WIDTH // 40)))
    print("rays cast:", scene.rays_cast, "mean brightness:", brightness // (WIDTH * HEIGHT))
    print("centre pixel:", image[HEIGHT // 2][WIDTH // 2])
    print("checksum:", checksum)


main()
