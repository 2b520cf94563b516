# generator pipelines: each stage pulls lazily from the previous one
log = []
def read(lines):
    for line in lines:
        log.append(f'read {line!r}')
        yield line
def strip_comments(lines):
    for line in lines:
        code = line.split('#')[0].strip()
        if code:
            yield code
def to_tokens(lines):
    for line in lines:
        yield from line.split()
def numbers(tokens):
    for t in tokens:
        if t.lstrip('-').isdigit():
            yield int(t)
source = ['1 2 # one two', '# only comment', 'x 3 -4', '', '5']
pipeline = numbers(to_tokens(strip_comments(read(source))))
print(next(pipeline), log)
print(list(pipeline))
print(len(log))
def running_sum(xs):
    total = 0
    for x in xs:
        total += x
        yield total
def window(xs, n):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(running_sum(range(1, 7)), 3)))
