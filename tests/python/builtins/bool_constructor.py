# bool() on every kind of value, and its argument errors
vals = [0, 1, -1, 0.0, -0.0, 0.1, float('nan'), 0j, 1j, '', 'False', b'', b'\x00', [], [0], (), {}, {0: 0}, set(), None, range(0), ...]
print([bool(v) for v in vals])
print(bool(), bool(bool), bool(object()), bool(NotImplemented.__class__), True + 0, repr(bool(1)))
for bad in (lambda: bool(1, 2), lambda: bool(x=1)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(True is bool(1), False is bool([]), bool.__name__, isinstance(bool(0), int))
