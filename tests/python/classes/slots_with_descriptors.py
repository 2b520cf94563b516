# __slots__ combined with properties and class attributes
class Temp:
    __slots__ = ('_k',)
    unit = 'K'
    def __init__(self, k): self._k = k
    @property
    def celsius(self): return self._k - 273
    @celsius.setter
    def celsius(self, c): self._k = c + 273
t = Temp(300)
print(t.celsius, t.unit)
t.celsius = 0
print(t._k)
try:
    t.unit = 'C'
except AttributeError as e:
    print('AttributeError:', e)
try:
    t.__dict__
except AttributeError as e:
    print('AttributeError:', e)
d = Temp.__dict__['_k']
print(type(d).__name__, d.__get__(t), d.__name__)
d.__set__(t, 1)
print(t._k)
