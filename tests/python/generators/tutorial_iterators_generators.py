# Iterators and generators: send/throw/close, yield from, StopIteration rules, zip strict, iter with a sentinel.
class Reverse:
    """Iterator for looping over a sequence backwards."""
    def __init__(self, data):
        self.data = data
        self.index = len(data)
    def __iter__(self): return self
    def __next__(self):
        if self.index == 0: raise StopIteration
        self.index = self.index - 1
        return self.data[self.index]
rev = Reverse('spam')
print(iter(rev) is rev, list(rev), list(rev))
def reverse(data):
    for index in range(len(data)-1, -1, -1):
        yield data[index]
print(list(reverse('golf')), sum(i*i for i in range(10)))
xvec = [10, 20, 30]; yvec = [7, 5, 3]
print(sum(x*y for x, y in zip(xvec, yvec)))
data = 'golf'
print(list(data[i] for i in range(len(data)-1, -1, -1)))
def echo():
    received = None
    try:
        while True:
            received = yield received
            print('got', received)
    except GeneratorExit:
        print('closing')
        raise
    finally:
        print('finally')
g = echo()
print(next(g), g.send(1), g.send(2))
g.close(); g.close()
print(g.gi_running, g.gi_frame)
def thrower():
    try:
        yield 1
    except ValueError as e:
        print('caught', repr(e))
        yield 'recovered'
    yield 'end'
t = thrower(); next(t)
print(t.throw(ValueError('x')), next(t))
try: next(t)
except StopIteration as e: print('stop', e.value)
def ret():
    yield 1
    return 'result'
def deleg():
    r = yield from ret()
    print('delegated got', r)
    r2 = yield from [10, 20]
    return r2
print(list(deleg()))
g = ret(); next(g)
try: next(g)
except StopIteration as e: print(repr(e), e.value, e.args)
def bad():
    yield 1
    raise StopIteration('inner')
try: list(bad())
except RuntimeError as e: print(type(e).__name__, e, repr(e.__cause__))
def fresh(): yield
g = fresh()
try: g.send(5)
except TypeError as e: print(e)
print(g.send(None))
def run():
    x = yield
    yield x * 2
g = run(); next(g); print(g.send(21))
def closer():
    try: yield 1
    finally: yield 2
g = closer(); next(g)
try: g.close()
except RuntimeError as e: print(e)
def inf():
    n = 0
    while True:
        yield n; n += 1
it = inf()
print([next(it) for _ in range(5)], next(it))
def running():
    yield g2.gi_running
g2 = running(); print(next(g2))
def selfcall():
    yield next(g3)
g3 = selfcall()
try: next(g3)
except ValueError as e: print(e)
gen = (x for x in range(3))
print(gen.__name__, gen.__qualname__, type(gen).__name__, repr(gen)[:30])
def outer():
    def g(): yield 1
    return g()
print(outer().__qualname__)
print(list(zip(range(3), 'abc', [True]*3)), list(zip()), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, '', 'a'])))
try: list(zip([1], [1, 2], strict=True))
except ValueError as e: print(e)
try: list(zip([1, 2], [1], strict=True))
except ValueError as e: print(e)
try: list(zip([1, 2], [1, 2], [3], strict=True))
except ValueError as e: print(e)
print(list(enumerate('abc', start=1)), list(reversed([1, 2, 3])), list(reversed(range(5))), list(reversed('ab')))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, 'default'))
class Countdown:
    def __init__(self, n): self.n = n
    def __call__(self):
        self.n -= 1
        return self.n
print(list(iter(Countdown(5), 0)))
print(any(x > 2 for x in [1, 2, 3]), all([]), any([]), all(x for x in [1, 0]))
print(sorted('hello'), sorted({3: 'a', 1: 'b'}), max('hello'), min([], default=None), max([1, 3, 2], key=lambda x: -x))
g = (i for i in range(3))
print(list(g), list(g))
def gy():
    x = yield from gy2()
    return x
def gy2():
    try:
        yield 1
    except KeyError:
        return 'handled'
g = gy(); next(g)
try: g.throw(KeyError)
except StopIteration as e: print('yf throw', e.value)
def inner_close():
    try: yield 1
    finally: print('inner finally')
def outer_close(): yield from inner_close()
g = outer_close(); next(g); g.close()
print(list(x for x in range(10) if x % 2 if x > 3), [(x, y) for x in range(3) for y in range(x)])
next(iter([]))
