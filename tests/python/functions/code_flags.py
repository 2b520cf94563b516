# co_flags as CPython 3.11 sets them: optimized/newlocals, *args, **kwargs, nested, generator, coroutine and
# async generator bits, and nothing else (no CO_NOFREE, nothing Krait keeps for itself such as a docstring mark).
def plain(a, b):
    "docstring"
    return a


def star(*args, **kwargs):
    pass


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


def outer():
    x = 1

    def inner():
        return x

    return inner


for fn in (plain, star, gen, coro, agen, outer, outer(), lambda: 0):
    print(fn.__name__, fn.__code__.co_flags)
print(compile("x = 1", "s", "exec").co_flags, compile("x", "s", "eval").co_flags)
print((lambda: (yield)).__code__.co_flags, (x for x in ()).gi_code.co_flags)


class C:
    def method(self):
        return __class__


print(C.method.__code__.co_flags)
