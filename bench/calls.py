# Benchmark: function and method calls -- positional, keyword, default, *args/**kwargs, closures,
# bound methods, static/class methods, lambdas and builtins.
N = 1_500_000


def add(a, b):
    return a + b


def with_defaults(a, b=2, c=3):
    return a * b + c


def keywords(*, x, y):
    return x - y


def variadic(*args, **kwargs):
    return len(args) + len(kwargs)


def make_counter(step):
    state = [0]

    def bump():
        state[0] += step
        return state[0]
    return bump


class Accumulator:
    def __init__(self):
        self.total = 0

    def push(self, value):
        self.total += value
        return self

    @staticmethod
    def scale(value):
        return value * 3

    @classmethod
    def tag(cls, value):
        return value + 1


def main():
    bump = make_counter(3)
    acc = Accumulator()
    square = lambda v: v * v
    total = 0
    for i in range(N):
        total += add(i, 1)
        total += with_defaults(i)
        total += with_defaults(i, 3)
        total += with_defaults(i, c=1)
        total += keywords(x=i, y=2)
        total += variadic(i, i, k=i)
        total += bump()
        acc.push(i & 15)
        total += Accumulator.scale(i & 7) + acc.tag(i & 3)
        total += square(i & 31)
        total += len("abc") + abs(-i) % 5 + min(i, 5)
        total %= 1_000_000_007
    print("total:", total, "acc:", acc.total)
    print("checksum:", (total + acc.total) % 1_000_000_007)


main()
