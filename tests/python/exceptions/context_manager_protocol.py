# with statements: several managers, failing __enter__, suppressing and failing __exit__, break/continue/return inside.
class Resource:
    log = []
    def __init__(self, name, fail_enter=False, suppress=False, fail_exit=False):
        self.name, self.fail_enter, self.suppress, self.fail_exit = name, fail_enter, suppress, fail_exit
    def __enter__(self):
        Resource.log.append(f"enter {self.name}")
        if self.fail_enter:
            raise RuntimeError(f"cannot enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        Resource.log.append(f"exit {self.name} {et.__name__ if et else None} {ev}")
        if self.fail_exit:
            raise ValueError(f"exit failed {self.name}")
        return self.suppress
def run(label, fn):
    Resource.log.clear()
    try:
        r = fn()
        print(label, "result", r)
    except Exception as e:
        print(label, "raised", type(e).__name__, e, "| context:", type(e.__context__).__name__ if e.__context__ else None)
    for l in Resource.log:
        print("   ", l)
def f1():
    with Resource("a") as a, Resource("b") as b:
        return a.name + b.name
def f2():
    with Resource("a"), Resource("b", fail_enter=True):
        return "unreachable"
def f3():
    with Resource("a", suppress=True):
        1 / 0
    return "after suppress"
def f4():
    with Resource("a", fail_exit=True):
        raise KeyError("inner")
def f5():
    for i in range(3):
        with Resource(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
    return i
def f6():
    with Resource("outer", suppress=True):
        with Resource("inner"):
            raise TypeError("deep")
    return "outer swallowed"
def f7():
    try:
        with Resource("x"):
            return "from with"
    finally:
        Resource.log.append("finally")
def f8():
    class NotCM: pass
    with NotCM():
        pass
def f9():
    class OnlyEnter:
        def __enter__(self): return 1
    with OnlyEnter():
        pass
def f10():
    def gen():
        with Resource("in-gen"):
            yield 1
            yield 2
    g = gen()
    return next(g), g.close()
def f11():
    with Resource("a") as (x):
        pass
    r = Resource("tuple")
    with r as t:
        pass
    return x.name, t is r
for i, f in enumerate([f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11], 1):
    run(f"f{i}", f)
