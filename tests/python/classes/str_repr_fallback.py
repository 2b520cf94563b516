# __str__ falls back to __repr__; containers use repr of elements
class OnlyRepr:
    def __repr__(self): return 'OnlyRepr()'
class OnlyStr:
    def __str__(self): return 'just str'
class Both:
    def __repr__(self): return 'Both-repr'
    def __str__(self): return 'Both-str'
for o in (OnlyRepr(), Both()):
    print(str(o), repr(o), f'{o}', f'{o!r}', [o], '%s %r' % (o, o))
s = OnlyStr()
print(str(s), repr(s).startswith('<__main__.OnlyStr object'), [str(s)])
print(format(Both()), '{}'.format(Both()), '{!r}'.format(Both()))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
try:
    str(BadRepr())
except TypeError as e:
    print('TypeError:', e)
class BadStr:
    def __str__(self): return None
try:
    print(BadStr())
except TypeError as e:
    print('TypeError:', e)
