# len() and truth value of every container type, empty and non-empty
for c in ([], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), '', ' ', b'', b'\x00', bytearray(), range(0), range(1), {}.keys(), {1: 2}.values()):
    print(f'{type(c).__name__:12} len={len(c)} bool={bool(c)}')
print(len([[], []]), bool([[]]), len('😀'), len(range(-5)), not [], not [[]])
