# itertools-style helpers written as generators
def count(start=0, step=1):
    while True:
        yield start
        start += step
def islice(it, stop):
    it = iter(it)
    for _ in range(stop):
        try:
            yield next(it)
        except StopIteration:
            return
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it
def accumulate(it, fn=lambda a, b: a + b):
    it = iter(it)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = fn(total, x)
        yield total
def groupby(it, key=lambda x: x):
    it = iter(it)
    sentinel = object()
    cur_key, group = sentinel, []
    for x in it:
        k = key(x)
        if group and k != cur_key:
            yield cur_key, group
            group = []
        cur_key = k
        group.append(x)
    if group:
        yield cur_key, group
def zip_longest(*its, fill=None):
    its = [iter(i) for i in its]
    while True:
        row, alive = [], 0
        for it in its:
            try:
                row.append(next(it))
                alive += 1
            except StopIteration:
                row.append(fill)
        if not alive:
            return
        yield tuple(row)
print(list(islice(count(10, 5), 4)))
print(list(takewhile(lambda x: x < 4, count())), list(dropwhile(lambda x: x < 4, range(7))))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([])))
print(list(groupby('aaabccdaa')), list(groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)))
print(list(zip_longest('ab', [1, 2, 3], fill='-')))
