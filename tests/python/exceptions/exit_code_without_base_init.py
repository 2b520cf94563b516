# StopIteration.value and SystemExit.code are set by their own __init__: a subclass whose __init__ does not call
# it has None, and an uncaught one exits with status 0.
class E(SystemExit):
    def __init__(self, x): pass
class S(StopIteration):
    def __init__(self, v): self.extra = v
class Plain(SystemExit): pass
class Calls(StopIteration):
    def __init__(self, v):
        super().__init__(v, "more")
for ex in (E(4), Plain(5), Plain(1, 2), SystemExit(), S(3), Calls(7), StopIteration(), StopIteration(1, 2)):
    print(type(ex).__name__, ex.args, repr(getattr(ex, "code", getattr(ex, "value", "-"))))
def g():
    return 9
    yield
try:
    next(g())
except StopIteration as e:
    print("gen value", e.value)
try:
    import sys
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.code)
raise E(4)
