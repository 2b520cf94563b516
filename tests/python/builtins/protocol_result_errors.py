# Special methods of a class returning the wrong thing, met by the builtins that call them.
def show(label, f):
    try:
        r = f()
        print(label, '->', r if isinstance(r, (int, str, bytes, list, tuple)) else type(r).__name__)
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

RESULTS = [None, 1, -1, 0, 'x', 1.5, 2**63, True, [], NotImplemented]

# __length_hint__ and __len__ as list() and friends ask for them
for r in RESULTS:
    class Hinted:
        def __iter__(self):
            return iter([1, 2])
        def __length_hint__(self):
            return r
    class Sized:
        def __iter__(self):
            return iter([1, 2])
        def __len__(self):
            return r
    class RaisingHint:
        def __iter__(self):
            return iter([1])
        def __length_hint__(self):
            raise TypeError('no hint')
    show(f'list(hint {r!r})', lambda: list(Hinted()))
    show(f'tuple(hint {r!r})', lambda: tuple(Hinted()))
    show(f'[*hint {r!r}]', lambda: [*Hinted()])
    show(f'sorted(hint {r!r})', lambda: sorted(Hinted()))
    show(f'set(hint {r!r})', lambda: sorted(set(Hinted())))
    show(f'list(len {r!r})', lambda: list(Sized()))
    show(f'tuple(len {r!r})', lambda: tuple(Sized()))
show('list(raising hint)', lambda: list(RaisingHint()))

# bytes() and bytearray() turn any TypeError of iter() into their own
for r in [None, 1, 'x', [], iter([65])]:
    class Iterable:
        def __iter__(self):
            return r
    show(f'bytes(iter {type(r).__name__})', lambda: bytes(Iterable()))
    show(f'bytearray(iter {type(r).__name__})', lambda: bytearray(Iterable()))

class Boom:
    def __iter__(self):
        raise TypeError('boom')

class Bust:
    def __iter__(self):
        raise ValueError('bust')

show('bytes(Boom())', lambda: bytes(Boom()))
show('bytes(Bust())', lambda: bytes(Bust()))
show('bytearray(Boom())', lambda: bytearray(Boom()))

# __fspath__ must give str or bytes
for r in [None, 1, 1.5, [], object()]:
    class P:
        def __fspath__(self):
            return r
    show(f'open(fspath {type(r).__name__})', lambda: open(P()))

# object.__reduce_ex__ takes its protocol as a C int
for proto in [None, 'x', 1.5, 2**63]:
    show(f'__reduce_ex__({proto!r})', lambda: object.__reduce_ex__(1, proto))
