# An LRU cache built on a dict and a doubly linked list, a memoising decorator using it, and statistics.
class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

    def __repr__(self):
        return f"Node({self.key!r}, {self.value!r})"


class LRU:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, not {capacity}")
        self.capacity = capacity
        self.map = {}
        self.head = Node()
        self.tail = Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.next, node.prev = self.head.next, self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                victim = self.tail.prev
                self._unlink(victim)
                del self.map[victim.key]
            node = self.map[key] = Node(key, value)
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def __repr__(self):
        items = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self)
        return f"LRU({self.capacity}, {{{items}}})"


def memoize(capacity):
    def decorate(fn):
        cache = LRU(capacity)
        missing = object()

        def wrapper(*args):
            result = cache.get(args, missing)
            if result is missing:
                result = fn(*args)
                cache.put(args, result)
            return result

        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper
    return decorate


@memoize(64)
def ways(n, coins):
    """Number of ways to make n from the coin tuple."""
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print(ways.__name__, ways.__doc__)
print(ways(100, (50, 25, 10, 5, 1)))
print(ways.cache.hits, ways.cache.misses, len(ways.cache))
c = LRU(3)
for k in "abcabdeaf":
    if c.get(k) is None:
        c.put(k, ord(k))
print(c, list(c), "a" in c, "b" in c)
try:
    LRU(0)
except ValueError as e:
    print("error:", e)
try:
    c.put([1], 2)
except TypeError as e:
    print("error:", e)
n = Node("k", [1, 2])
try:
    n.extra = 1
except AttributeError as e:
    print("error:", e)
print(repr(n), Node.__slots__, hasattr(n, "__dict__"))
