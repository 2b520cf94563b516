# mixin classes layered through the MRO
class ReprMixin:
    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in sorted(vars(self).items()))
        return f'{type(self).__name__}({items})'
class EqMixin:
    def __eq__(self, o):
        return type(self) is type(o) and vars(self) == vars(o)
    __hash__ = None
class CompareMixin:
    def _key(self): return tuple(sorted(vars(self).items()))
    def __lt__(self, o): return self._key() < o._key()
class Record(ReprMixin, EqMixin, CompareMixin):
    def __init__(self, **kw):
        self.__dict__.update(kw)
a = Record(name='a', n=2)
b = Record(name='b', n=1)
print(a, b, a == Record(n=2, name='a'), a == b)
print(sorted([a, b]), min(a, b))
print([c.__name__ for c in Record.__mro__])
try:
    hash(a)
except TypeError as e:
    print('TypeError:', e)
