# A cooperative scheduler over generators: send, throw to cancel, yield from subroutines, close and GeneratorExit.
class Cancelled(Exception): pass
class Task:
    _ids = 0
    def __init__(self, gen, name):
        Task._ids += 1
        self.id = Task._ids
        self.gen, self.name = gen, name
        self.sendval = None
        self.done = False
        self.result = None
    def __repr__(self):
        return f"Task<{self.id}:{self.name}{' done' if self.done else ''}>"
class Scheduler:
    def __init__(self):
        self.ready = []
        self.tasks = {}
        self.log = []
    def spawn(self, gen, name):
        t = Task(gen, name)
        self.tasks[t.id] = t
        self.ready.append(t)
        return t.id
    def cancel(self, tid):
        t = self.tasks.get(tid)
        if t and not t.done:
            try:
                t.gen.throw(Cancelled(f"task {tid}"))
            except Cancelled:
                self.log.append(f"{t.name} cancelled")
                t.done = True
            except StopIteration as e:
                t.done = True
                t.result = e.value
    def run(self):
        step = 0
        while self.ready:
            step += 1
            t = self.ready.pop(0)
            if t.done:
                continue
            try:
                req = t.gen.send(t.sendval)
            except StopIteration as e:
                t.done = True
                t.result = e.value
                self.log.append(f"{t.name} -> {e.value!r}")
                continue
            except Exception as e:
                t.done = True
                self.log.append(f"{t.name} crashed: {type(e).__name__}: {e}")
                continue
            kind, *args = req
            if kind == "yield":
                t.sendval = step
            elif kind == "spawn":
                t.sendval = self.spawn(*args)
            elif kind == "cancel":
                self.cancel(args[0])
                t.sendval = None
            elif kind == "wait":
                other = self.tasks[args[0]]
                if not other.done:
                    t.sendval = None
                    self.ready.append(t)
                    continue
                t.sendval = other.result
            self.ready.append(t)
        return step
def counter(n, label):
    total = 0
    for i in range(n):
        s = yield ("yield",)
        total += s
    return f"{label}:{total}"
def forever():
    try:
        while True:
            yield ("yield",)
    finally:
        print("forever cleanup")
def crasher():
    yield ("yield",)
    {}["missing"]
def parent():
    a = yield ("spawn", counter(3, "a"), "child-a")
    b = yield ("spawn", forever(), "forever")
    c = yield ("spawn", crasher(), "crasher")
    r = yield ("wait", a)
    yield ("cancel", b)
    sub = yield from subroutine(4)
    return (r, sub)
def subroutine(n):
    acc = []
    for i in range(n):
        x = yield ("yield",)
        acc.append(x % 3)
    return acc
s = Scheduler()
s.spawn(parent(), "parent")
steps = s.run()
print("steps", steps)
for line in s.log:
    print(line)
print(sorted(s.tasks.values(), key=lambda t: t.name))
# generator send protocol errors
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            if x is None:
                break
            received.append(x)
    except ValueError as e:
        received.append(f"VE:{e}")
        yield "after-error"
    return received
g = echo()
print(next(g), g.send("a"), g.send("b"), g.throw(ValueError, "boom"))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
print(g.gi_running, g.gi_frame is None, g.__name__, g.__qualname__)
def delegator():
    result = yield from echo()
    yield ("got", result)
d = delegator()
next(d); d.send(1); d.send(2)
print(d.send(None))
gexp = (x * 2 for x in range(3))
print(next(gexp), list(gexp), list(gexp))
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing!")
        raise
c = closer(); next(c); c.close(); c.close()
print(list(c))
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError("before start"))
except KeyError as e:
    print("KE", e)
print(list(t))
