# exception messages from built-in operations not covered elsewhere
tests = [
    lambda: [1, 2].index(5),
    lambda: (1, 2).index(5),
    lambda: 'abc'.index('z'),
    lambda: [].remove(1),
    lambda: int('12', 1),
    lambda: divmod(1, 0),
    lambda: 1 % 0,
    lambda: 2 ** -1 % 0,
    lambda: 'a' < 1,
    lambda: [1] < (1,),
    lambda: len(5),
    lambda: sum(['a', 'b']),
    lambda: sum([[1]], 0),
    lambda: 'abc'[10],
    lambda: 'x' * 'y',
    lambda: {}.fromkeys(1),
    lambda: dict([(1, 2, 3)]),
    lambda: dict([1]),
    lambda: bytes([256]),
    lambda: bytes('abc'),
    lambda: [].pop(),
    lambda: iter(5),
    lambda: max([]),
    lambda: min(1),
    lambda: chr(-1),
    lambda: ord('ab'),
]
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(f'{type(e).__name__}: {e}')
