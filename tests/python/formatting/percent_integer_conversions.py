# %d, %i, %u, %o, %x, %X with signs, widths, flags and big numbers
for v in (0, 7, -7, 255, -255, 2 ** 70, True):
    print('%d|%i|%u|%o|%x|%X' % (v, v, v, v, v, v))
    print('%#o|%#x|%#X|%5d|%-5d|%05d|%+d|% d' % (v, v, v, v, v, v, v, v))
print('%d %i' % (3.99, -3.99), '%x' % 3, '%d' % -0.5)
try:
    '%x' % 3.5
except TypeError as e:
    print('TypeError:', e)
try:
    '%d' % '5'
except TypeError as e:
    print('TypeError:', e)
class I:
    def __index__(self): return 42
    def __int__(self): return 7
print('%d %x %o' % (I(), I(), I()))
