# Coroutines, async iterators, async context managers and async generators driven by hand, and their errors.
import sys
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        for i in range(self.n):
            yield ("sleep", i)
        return self.n * 10
async def worker(name, n):
    total = 0
    for i in range(n):
        total += await Sleep(i)
    return f"{name}:{total}"
class ARange:
    def __init__(self, n): self.n = n; self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        await Sleep(1)
        return self.i
class ACM:
    async def __aenter__(self): print("aenter"); return self
    async def __aexit__(self, *a): print("aexit", a[0].__name__ if a[0] else None); return True
async def main():
    results = []
    async for v in ARange(3):
        results.append(v)
    async with ACM() as c:
        raise ValueError("swallowed")
    r = await worker("w", 3)
    agen_vals = [x async for x in agen(3)]
    return results, r, agen_vals
async def agen(n):
    for i in range(n):
        await Sleep(1)
        yield i * i
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
print(run(main()))
def t(s, f):
    try:
        print(s, "->", f())
    except Exception as e:
        print(s, "!!", type(e).__name__, e)
async def bad_await():
    await 5
t("await int", lambda: run(bad_await()))
async def bad_await2():
    class X:
        def __await__(self): return 5
    await X()
t("await bad iter", lambda: run(bad_await2()))
async def bad_for():
    async for x in [1, 2]: pass
t("async for list", lambda: run(bad_for()))
async def bad_with():
    async with open: pass
t("async with bad", lambda: run(bad_with()))
async def bad_with2():
    with ACM(): pass
t("with async cm", lambda: run(bad_with2()))
async def simple(): return 1
c = simple()
t("coro repr", lambda: type(c).__name__)
t("run twice", lambda: (run(c), run(c)))

async def agen2():
    yield 1
    yield 2
g = agen2()
t("anext", lambda: run(g.__anext__()))
t("anext2", lambda: run(anext(g)))
t("anext3", lambda: run(anext(g)))
t("anext default", lambda: run(anext(g, "done")))
t("aiter", lambda: type(aiter(agen2())).__name__)
t("aclose", lambda: run(agen2().aclose()))
async def uses_gen_in_await():
    def g():
        yield 1
    await g()
t("await gen", lambda: run(uses_gen_in_await()))
async def ret_in_agen():
    yield 1
    return
t("coro close", lambda: simple().close())
co = simple()
co.close()
t("send closed", lambda: co.send(None))
t("throw", lambda: simple().throw(KeyError("k")))
