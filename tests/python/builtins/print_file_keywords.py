# print(): sep/end validation, file= targets with a write() method, flush=
import sys
class Collector:
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')
c = Collector()
print('a', 'b', sep='-', end='!', file=c)
print(file=c)
print('x', file=c, flush=True)
print(c.parts)
print('to stdout', file=sys.stdout)
print('also stdout', file=None)
print('stderr is not compared', file=sys.stderr)
print(1, 2, 3, sep=None, end=None)
print('', 'empty first', sep='|')
for bad in (lambda: print('x', sep=1), lambda: print('x', end=[]), lambda: print('x', file=5), lambda: print('x', bogus=1)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
class Bad:
    def __str__(self): raise ValueError('cannot print me')
try:
    print('before', Bad())
except ValueError as e:
    print('ValueError:', e)
