# Benchmark: generator pipelines -- generator functions chained into pipelines (filter, map, sliding
# windows, chunking), yield from over a recursive tree, generator expressions consumed by sum/max/any,
# and coroutine-style generators driven with send().
N = 2_000_000
TREE_DEPTH = 17


def numbers(seed, count):
    state = seed
    for _ in range(count):
        state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
        yield state >> 12


def keep_if(predicate, source):
    for item in source:
        if predicate(item):
            yield item


def mapped(function, source):
    for item in source:
        yield function(item)


def windows(source, size):
    window = []
    for item in source:
        window.append(item)
        if len(window) > size:
            del window[0]
        if len(window) == size:
            yield tuple(window)


def chunks(source, size):
    chunk = []
    for item in source:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def take(source, count):
    for i, item in enumerate(source):
        if i >= count:
            return
        yield item


def tree(depth, label=1):
    """A complete binary tree as nested tuples (label, left, right)."""
    if depth == 0:
        return None
    return (label, tree(depth - 1, label * 2), tree(depth - 1, label * 2 + 1))


def walk(node):
    if node is None:
        return
    label, left, right = node
    yield from walk(left)
    yield label
    yield from walk(right)


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def main():
    pipeline = mapped(lambda v: v % 1_000, keep_if(lambda v: v % 3 != 0, numbers(7, N)))
    window_sums = (a + b + c for a, b, c in windows(pipeline, 3))
    chunk_maxima = [max(chunk) for chunk in chunks(window_sums, 64)]
    print("chunks:", len(chunk_maxima), "sum of maxima:", sum(chunk_maxima))

    first = list(take(numbers(11, N), 10))
    squares = sum(x * x % 97 for x in numbers(13, N // 2))
    found = any(x == 424_242 for x in numbers(17, N // 4))
    print("first:", first[:3], "squares:", squares, "found:", found)

    root = tree(TREE_DEPTH)
    in_order = 0
    for position, label in enumerate(walk(root)):
        in_order = (in_order * 3 + label * (position & 7)) % 1_000_000_007
    leaves = sum(1 for label in walk(root) if label >= 1 << (TREE_DEPTH - 1))
    print("tree walk:", in_order, "leaves:", leaves)

    avg = averager()
    next(avg)
    last = 0
    for value in numbers(19, N // 4):
        last = avg.send(value % 10_000)
    avg.close()
    nested = [[i, [i + 1, [i + 2, i + 3]]] for i in range(0, N // 10, 4)]
    flat_total = sum(flatten(nested))
    print("running average:", last, "flattened:", flat_total)

    checksum = (sum(chunk_maxima) * 31 + squares + in_order + leaves + last + flat_total) % 1_000_000_007
    print("checksum:", checksum)


main()
