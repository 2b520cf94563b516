# a small event system: registering callbacks with decorators, closures and bound methods
class Emitter:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    def emit(self, event, *args):
        results = []
        for h in self.handlers.get(event, []):
            results.append(h(*args))
        return results
bus = Emitter()
@bus.on('greet')
def hello(name):
    return f'hello {name}'
@bus.on('greet')
def wave(name):
    return f'*waves at {name}*'
class Logger:
    def __init__(self): self.lines = []
    def log(self, *args):
        self.lines.append(' '.join(map(str, args)))
        return len(self.lines)
logger = Logger()
bus.on('greet')(logger.log)
bus.on('sum')(lambda *xs: sum(xs))
def counter_cb():
    n = 0
    def cb(*args):
        nonlocal n
        n += 1
        return n
    return cb
bus.on('sum')(counter_cb())
print(bus.emit('greet', 'ann'))
print(bus.emit('greet', 'bob'))
print(bus.emit('sum', 1, 2, 3), bus.emit('sum', 4))
print(bus.emit('nothing'), logger.lines)
