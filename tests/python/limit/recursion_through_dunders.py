# Recursion through special methods that CPython reaches by calling an object (a class written in Python, an
# instance's __call__), by comparing, by getting a repr, or through a one-argument built-in such as hash() or
# repr(): each of those counts one more level against the limit besides the method's frame, with its own
# message suffix, so the depth reached and the message depend on the starting depth, as in CPython. Recursion
# through attribute access, subscripts, operators and generators counts frames only.
class Callable:
    def __call__(self):
        return self()


class Constructed:
    def __init__(self):
        Constructed()


class Equal:
    def __eq__(self, other):
        return self == other


class Less:
    def __lt__(self, other):
        return self < other


class Attribute:
    def __getattr__(self, name):
        return self.missing


class Item:
    def __getitem__(self, i):
        return self[i]


class Added:
    def __add__(self, other):
        return self + other


class Represented:
    def __repr__(self):
        return repr(self)


class Formatted:
    def __repr__(self):
        return f"{self!r}"


class Hashed:
    def __hash__(self):
        return hash(self)


class Absolute:
    def __abs__(self):
        return abs(self)


def generator():
    yield from generator()


def plain():
    return plain()


class Node:
    def __init__(self, child):
        self.child = child

    def __eq__(self, other):
        return self.child == other.child


def chain(n):
    node = 0
    for _ in range(n):
        node = Node(node)
    return node


depth_reached = 0


def counting_call(n):
    global depth_reached
    depth_reached = n
    return Counted(n + 1)


class Counted:
    def __init__(self, n):
        counting_call(n)


def at(depth, f):
    if depth:
        return at(depth - 1, f)
    try:
        f()
    except RecursionError as e:
        return str(e)


tests = {'call': lambda: Callable()(), 'init': Constructed, 'eq': lambda: Equal() == Equal(),
         'lt': lambda: Less() < Less(), 'getattr': lambda: Attribute().x, 'getitem': lambda: Item()[0],
         'add': lambda: Added() + 1, 'generator': lambda: list(generator()), 'plain': plain,
         'repr': lambda: repr(Represented()), 'f-string repr': lambda: repr(Formatted()),
         'hash': lambda: hash(Hashed()), 'abs': lambda: abs(Absolute())}
for name, f in tests.items():
    print(name)
    for depth in range(4):
        print(' ', depth, at(depth, f))
for n in (490, 500):
    try:
        print(n, chain(n) == chain(n))
    except RecursionError as e:
        print(n, e)
try:
    counting_call(0)
except RecursionError as e:
    print('classes called in turn:', depth_reached, e)
