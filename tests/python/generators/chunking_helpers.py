# chunked, pairwise, interleave and round-robin generators
def chunked(it, n):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
def pairwise(it):
    it = iter(it)
    try:
        prev = next(it)
    except StopIteration:
        return
    for x in it:
        yield prev, x
        prev = x
def interleave(*its):
    iters = [iter(i) for i in its]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
def unique(it, key=None):
    seen = set()
    for x in it:
        k = x if key is None else key(x)
        if k not in seen:
            seen.add(k)
            yield x
print(list(chunked(range(7), 3)), list(chunked([], 2)))
print(list(pairwise('abcd')), list(pairwise([1])))
print(list(interleave('abc', [1, 2], 'XYZW')))
print(list(unique([3, 1, 3, 2, 1])), list(unique(['a', 'A', 'b'], key=str.lower)))
