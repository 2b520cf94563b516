# the ways to build bytes and bytearray objects, and their errors
print(bytes(), bytes(3), bytes([65, 66]), bytes(range(3)), bytes(b'copy'), bytes(bytearray(b'ba')), bytes(b'x' * 2))
print(bytes('é', 'utf-8'), bytes('abc', encoding='ascii'), bytes('é', 'latin-1', 'strict'), bytes((x for x in (1, 2))))
print(bytearray(), bytearray(2), bytearray([1, 255]), bytearray('x', 'utf-8'), bytearray(b'b'), bytes.fromhex('41 42'), bytearray.fromhex('43'))
for bad in (lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(['a']), lambda: bytes('abc'), lambda: bytes(1.5),
            lambda: bytes(b'x', 'utf-8'), lambda: bytearray('x'), lambda: bytes(None), lambda: bytes([-1])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
