# int.to_bytes and int.from_bytes with byte order, signedness and length errors
for v in (0, 1, 255, 256, 65535, 2 ** 64 - 1):
    print(v, v.to_bytes(8, 'big'), v.to_bytes(8, 'little'), int.from_bytes(v.to_bytes(8, 'big'), 'big') == v)
for v in (-1, -128, 127, -129):
    try:
        print(v, v.to_bytes(1, 'big', signed=True), v.to_bytes(2, 'little', signed=True))
    except OverflowError as e:
        print(v, 'OverflowError:', e)
print(int.from_bytes(b'\xff\xff', 'big'), int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\x00\x80', 'little', signed=True))
print(int.from_bytes([1, 2, 3], 'big'), int.from_bytes(b'', 'big'), int.from_bytes(bytearray(b'\x01'), byteorder='little'))
print((1024).to_bytes(2), (1).to_bytes(), int.from_bytes(b'\x01\x00'))
for bad in (lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle'),
            lambda: (1).to_bytes(-1, 'big'), lambda: int.from_bytes('ab', 'big')):
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
