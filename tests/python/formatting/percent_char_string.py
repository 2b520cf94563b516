# %c, %s, %r, %a with widths and precisions
print('%c%c%c' % (72, 'i', 0x1F600))
print('[%5c][%-3c]' % ('x', 65))
for bad in ('ab', 0x110000, -1, 1.5):
    try:
        print('%c' % bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print('%s|%r|%a' % ('héllo', 'héllo', 'héllo'))
print('[%10s][%-10s][%.3s][%10.2s][%-8r]' % ('text', 'text', 'text', 'text', 'q'))
print('%s %s %s' % (None, [1, 'a'], {'k': (1,)}))
print('%r %a' % ("it's", '\u20ac\n'))
print('%s' % 'only one', '%s' % ('in tuple',), '%s' % [1, 2], '%s' % ((1, 2),))
class Both:
    def __str__(self): return 'STR'
    def __repr__(self): return 'REPR'
print('%s %r %a' % (Both(), Both(), Both()))
