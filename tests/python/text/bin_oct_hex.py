# bin, oct and hex of negative, zero, large and bool values, and their inverses with int()
for v in (0, 1, -1, 5, -5, 255, -256, 2 ** 64, -(2 ** 64) + 1, True, False):
    b, o, h = bin(v), oct(v), hex(v)
    print(v, b, o, h, int(b, 0) == v == int(o, 0) == int(h, 0))
print(hex(3735928559).upper(), format(-255, 'x'), '%x' % -255, f'{-255:#x}')
for bad in (1.5, '5', None):
    try:
        hex(bad)
    except TypeError as e:
        print('TypeError:', e)
print(bin(2 ** 100).count('1'), len(hex(2 ** 100)), oct(8 ** 10))
