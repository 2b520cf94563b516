# classes as decorators (instances with __call__) and decorators with state
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.fn(*args, **kwargs)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__)
class Memo:
    def __init__(self, fn):
        self.fn, self.cache = fn, {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
class Prefix:
    def __init__(self, prefix):
        self.prefix = prefix
    def __call__(self, fn):
        def wrapped(*a):
            return self.prefix + fn(*a)
        return wrapped
@Prefix('>> ')
def say(x):
    return x
print(say('hello'))
