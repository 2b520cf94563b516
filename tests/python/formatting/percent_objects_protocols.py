# %-formatting consults __int__, __index__, __float__, __str__ and __repr__
class Num:
    def __int__(self): return 7
    def __index__(self): return 8
    def __float__(self): return 2.5
    def __str__(self): return 'num-str'
    def __repr__(self): return 'num-repr'
n = Num()
print('%d %i %x %o %X' % (n, n, n, n, n))
print('%f %e %g' % (n, n, n))
print('%s %r %a' % (n, n, n))
class OnlyFloat:
    def __float__(self): return 1.25
print('%.2f' % OnlyFloat())
try:
    '%d' % OnlyFloat()
except TypeError as e:
    print('TypeError:', e)
class OnlyIndex:
    def __index__(self): return 255
print('%x %d %c' % (OnlyIndex(), OnlyIndex(), OnlyIndex()))
try:
    '%f' % object()
except TypeError as e:
    print('TypeError:', e)
