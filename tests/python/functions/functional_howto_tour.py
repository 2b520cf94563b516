# Functional Programming HowTo style: generators, map/filter/zip, hand-written itertools/functools equivalents.
def generate_ints(N):
    for i in range(N):
        yield i
gen = generate_ints(3)
print(gen.__class__.__name__, next(gen), next(gen), next(gen))
try: next(gen)
except StopIteration: print('done')
a, b, c = generate_ints(3); print(a, b, c)
print(max(generate_ints(5)), list(generate_ints(0)), 2 in generate_ints(5), sorted(generate_ints(4), reverse=True))
def counter(maximum):
    i = 0
    while i < maximum:
        val = (yield i)
        if val is not None: i = val
        else: i += 1
it = counter(10)
print(next(it), next(it), it.send(8), next(it))
try: print(next(it))
except StopIteration: print('stopped')
line_list = ['  line 1\n', 'line 2  \n', ' \n', '']
stripped_iter = (line.strip() for line in line_list)
print(list(stripped_iter), [line.strip() for line in line_list if line != ""])
seq1 = 'abc'; seq2 = (1, 2, 3)
print([(x, y) for x in seq1 for y in seq2])
def upper(s): return s.upper()
print(list(map(upper, ['sentence', 'fragment'])), [upper(s) for s in ['sentence', 'fragment']])
def is_even(x): return (x % 2) == 0
print(list(filter(is_even, range(10))), list(x for x in range(10) if is_even(x)))
for item in enumerate(['subject', 'verb', 'object']): print(item)
print(sorted([7, 2, 4, 6, 1, 9], reverse=True), any([0, 1, 0]), all([0, 1, 0]), all([1, 1, 1]))
print(list(zip(['a', 'b', 'c'], (1, 2, 3))), list(zip(['a', 'b'], (1, 2, 3))))
total = 0
for a, b in [(1, 2), (3, 4)]: total += a * b
print(total)
print(sum(b for a, b in [('a', 1), ('b', 2)]))
adder = lambda x, y: x + y
print(adder(1, 2), (lambda *a: sum(a))(1, 2, 3), (lambda x=3: x)(), (lambda: (yield))().__class__.__name__)
def compose(*fns):
    def composed(x):
        for f in reversed(fns): x = f(x)
        return x
    return composed
inc = lambda x: x + 1; dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def partial(fn, *pargs, **pkw):
    def call(*a, **k): return fn(*pargs, *a, **{**pkw, **k})
    return call
basetwo = partial(int, base=2); print(basetwo('10010'))
def accumulate(xs, fn=lambda a, b: a + b):
    it = iter(xs)
    try: acc = next(it)
    except StopIteration: return
    yield acc
    for x in it:
        acc = fn(acc, x); yield acc
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([])))
def take(n, it):
    it = iter(it)
    return [x for _, x in zip(range(n), it)]
def count(start=0, step=1):
    while True:
        yield start; start += step
def cycle(xs):
    saved = list(xs)
    while saved: yield from saved
print(take(5, count(10, 5)), take(7, cycle('ab')), take(3, count(0.5, 0.25)))
def chain(*its):
    for it in its: yield from it
def islice(it, stop):
    for i, x in zip(range(stop), it): yield x
def groupby(xs, key=lambda x: x):
    it = iter(xs); sentinel = object(); cur = sentinel; grp = []
    for x in it:
        k = key(x)
        if cur is not sentinel and k != cur:
            yield cur, grp; grp = []
        cur = k; grp.append(x)
    if cur is not sentinel: yield cur, grp
print(list(chain('ab', [1], range(2))), list(islice(count(), 4)), list(groupby('aaabbcaa')), list(groupby([1, 3, 2, 4, 5], key=lambda n: n % 2)))
def tee_like(it):
    buf = list(it)
    return iter(buf), iter(buf)
x1, x2 = tee_like(range(3)); print(list(x1), list(x2))
def fib():
    a, b = 0, 1
    while True:
        yield a; a, b = b, a + b
print(take(15, fib()))
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n); yield n
print(take(12, primes()))
nested = [[1, [2, 3]], [[4], 5], 6]
def flatten(x):
    for el in x:
        if isinstance(el, list): yield from flatten(el)
        else: yield el
print(list(flatten(nested)))
def reduce(fn, seq, *init):
    it = iter(seq)
    acc = init[0] if init else next(it)
    for x in it: acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + [b], 'abc', []), reduce(max, [3, 9, 2]))
try: reduce(lambda a, b: a, [])
except StopIteration as e: print('empty reduce', repr(e))
def gen_ret():
    yield 1
    return 'value'
def wrapper():
    result = yield from gen_ret()
    yield result
print(list(wrapper()))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(str.upper, 'ab')), list(map(int, '123')))
print(dict(zip('abc', range(3))), dict(enumerate('xy')), list(zip(*[(1, 'a'), (2, 'b')])))
print(iter(range(3)).__length_hint__(), len(range(0, 100, 7)), range(0, 100, 7)[-1], range(10)[2:8:2], 5 in range(0, 10, 5), range(5).index(3), range(5).count(9))
try: range(5).index(9)
except ValueError as e: print(e)
