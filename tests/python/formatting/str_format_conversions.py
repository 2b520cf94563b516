# !r, !s and !a conversions followed by format specs
class C:
    def __repr__(self): return 'C()'
    def __str__(self): return 'c-str'
    def __format__(self, spec): return f'fmt[{spec}]'
c = C()
print('{0} {0!s} {0!r} {0!a} {0:xyz} {0!s:>8} {0!r:*<6}'.format(c))
print('{!r} {!a} {!s}'.format('ñé\n', 'ñé\n', 'ñé\n'))
print('{!r:>10}|{!a:^12}|'.format('x', 'é'))
print(f'{c}|{c!s}|{c!r}|{c:spec}|{c!r:>5}')
try:
    '{!x}'.format(1)
except ValueError as e:
    print('ValueError:', e)
try:
    '{!}'.format(1)
except ValueError as e:
    print('ValueError:', e)
try:
    '{!rr}'.format(1)
except ValueError as e:
    print('ValueError:', e)
