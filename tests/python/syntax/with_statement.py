# with: single item, several items, parenthesised items, exception suppression
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('a') as x, CM('b') as y:
    print('body', x, y)
with (
    CM('p') as p,
    CM('q') as q,
):
    print('parenthesised', p, q)
with CM('nobind'):
    print('no as')
with CM('s', suppress=True):
    raise ValueError('swallowed')
print('after suppressed')
try:
    with CM('t'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
def f():
    with CM('ret'):
        return 'returned'
print(f())
with CM('tgt') as (first, *others):
    print(first, others)
