# dict union operators | and |= (3.9+)
a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a)
c = a
c |= b
print(c, a is c)
c |= [('w', 0)]
c |= {'x': 'last'}.items()
print(c)
try:
    a | [('q', 1)]
except TypeError as e:
    print('TypeError:', e)
try:
    a | 1
except TypeError as e:
    print('TypeError:', e)
class D(dict): pass
print(type(D(a=1) | {'b': 2}).__name__, type({'b': 2} | D(a=1)).__name__)
print({**a, **b} == a | b, dict(a, **{'extra': 1}))
