# getattr with defaults, setattr, delattr and hasattr, including which exceptions they swallow
class C:
    cls_attr = 'class'
    def __init__(self): self.inst = 'instance'
    @property
    def broken(self): raise ValueError('property failed')
    @property
    def missing(self): raise AttributeError('really missing')
o = C()
print(getattr(o, 'inst'), getattr(o, 'cls_attr'), getattr(o, 'nope', 'default'), getattr(o, 'nope', None), getattr(C, 'cls_attr'))
setattr(o, 'new', 1)
setattr(o, 'with space', 2)
print(o.new, getattr(o, 'with space'), sorted(vars(o)))
delattr(o, 'new')
print(hasattr(o, 'new'), hasattr(o, 'inst'), hasattr(o, 'missing'), getattr(o, 'missing', 'default used'))
try:
    hasattr(o, 'broken')
except ValueError as e:
    print('hasattr propagates ValueError:', e)
try:
    getattr(o, 'broken', 'default')
except ValueError as e:
    print('getattr default does not swallow ValueError:', e)
for bad in (lambda: getattr(o, 1), lambda: setattr(o, 2, 3), lambda: delattr(o, 'absent'), lambda: getattr(o, 'absent'),
            lambda: setattr(5, 'x', 1), lambda: delattr(C, 'nothing'), lambda: getattr(o), lambda: hasattr(o, None)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
