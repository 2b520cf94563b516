# An LRU cache built on a doubly linked list with sentinel nodes, a memoizing
# decorator factory that uses it, call counters, and introspection of the
# wrapped functions.

class Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    """Fixed-capacity mapping that forgets the least recently used key."""

    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError(f"capacity must be >= 1, not {capacity}")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = Node("<head>"), Node("<tail>")
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def __getitem__(self, key):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def __setitem__(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                self.evictions += 1
            node = self.map[key] = Node(key, value)
        self._push_front(node)

    def __delitem__(self, key):
        self._unlink(self.map.pop(key))

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __repr__(self):
        body = ", ".join(f"{k!r}: {self.map[k].value!r}" for k in self)
        return f"LRUCache({self.capacity}, {{{body}}})"


def memoize(capacity=128, *, key=None):
    def decorator(fn):
        cache = LRUCache(capacity)

        def wrapper(*args, **kwargs):
            k = key(*args, **kwargs) if key else (args, tuple(sorted(kwargs.items())))
            try:
                return cache[k]
            except KeyError:
                pass
            result = cache[k] = fn(*args, **kwargs)
            return result

        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(wrapper, attr, getattr(fn, attr))
        wrapper.__wrapped__ = fn
        wrapper.cache = cache
        wrapper.cache_info = lambda: (f"{fn.__name__}: hits={cache.hits} misses={cache.misses} "
                                      f"evictions={cache.evictions} size={len(cache)}/{cache.capacity}")
        return wrapper

    if callable(capacity):          # used as @memoize without parentheses
        fn, capacity = capacity, 128
        return decorator(fn)
    return decorator


def counted(fn):
    def inner(*a, **k):
        inner.calls += 1
        return fn(*a, **k)
    inner.calls = 0
    inner.__name__ = fn.__name__
    return inner


@memoize
@counted
def fib(n):
    """Return the n-th Fibonacci number."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize(capacity=3, key=lambda s, *, sep=" ": s.lower())
def words(s, *, sep=" "):
    return tuple(s.split(sep))


class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h

    @memoize(capacity=64)
    def paths(self, x, y):
        if x == 0 or y == 0:
            return 1
        return self.paths(x - 1, y) + self.paths(x, y - 1)


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c[k] = v
print(c, list(c))
print(c["a"], c.get("zz", "-"), "b" in c)
c["d"] = 4
print(c, "evicted b:", "b" not in c)
c["c"] = 30
del c["a"]
print(c, len(c))
try:
    c["a"]
except KeyError as e:
    print("KeyError", e)
try:
    LRUCache(0)
except ValueError as e:
    print(e)

print(fib(80), fib.__name__, fib.__qualname__, fib.__doc__)
print(fib.cache_info())
print("underlying calls:", fib.__wrapped__.calls)
print(fib(80), fib.cache_info())
print([fib(i) for i in range(15)])

print(words("Hello World"), words("HELLO WORLD"), words("a-b", sep="-"), words("x y"), words("q"))
print(words.cache_info(), list(words.cache))
print(Grid(0, 0).paths(10, 10), Grid.paths.__qualname__, Grid.paths.cache_info())
print(Grid.paths.__wrapped__.__qualname__, Grid.paths.__module__)
print(fib.__wrapped__.__wrapped__ if hasattr(fib.__wrapped__, "__wrapped__") else "no deeper wrap")
print(sorted(k for k in vars(fib) if not k.startswith("_")))
