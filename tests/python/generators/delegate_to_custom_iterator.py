# yield from calls send/throw/close on a delegate iterator object when it has them
class Echo:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        return self.send(None)
    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration('echo finished')
        return f'echo#{self.n}:{v}'
    def throw(self, *exc):
        print('  Echo.throw called with', exc[0].__class__.__name__ if len(exc) == 1 else exc[0].__name__)
        return 'handled by Echo'
    def close(self):
        print('  Echo.close called')
def delegator():
    result = yield from Echo()
    print('  delegator got', result)
    yield 'after'
g = delegator()
print(next(g))
print(g.send('hello'))
print(g.throw(ValueError('x')))
print(g.send('again'))
print(next(g))
print(next(g, 'end'))
g2 = delegator()
next(g2)
g2.close()
print('closed')
