# generator state attributes: gi_running, gi_frame, gi_suspended, gi_code, names
def gen():
    print('running inside:', g.gi_running)
    yield 1
    yield 2
g = gen()
def state(g):
    if g.gi_running:
        return 'RUNNING'
    if g.gi_frame is None:
        return 'CLOSED'
    if g.gi_suspended:
        return 'SUSPENDED'
    return 'CREATED'
print(state(g), g.gi_running)
next(g)
print(state(g))
next(g)
print(state(g))
for _ in g: pass
print(state(g))
g2 = gen()
g2.close()
print(state(g2))
print(g.__name__, g.__qualname__, g.gi_code.co_name, type(g).__name__)
class K:
    def method(self):
        yield self
print(K().method().__qualname__)
